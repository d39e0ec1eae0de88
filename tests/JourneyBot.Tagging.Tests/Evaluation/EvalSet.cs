using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JourneyBot.Tagging.Tests.Evaluation;

/// <summary>A hand-labelled collateral item: every label a marketer would accept as the top suggestion.</summary>
/// <param name="Personas">May contain <see cref="EvalSet.AnyPersona"/>: suggesting no persona is acceptable.</param>
/// <param name="UseCases">May contain <see cref="EvalSet.NoUseCase"/>: suggesting no use case is acceptable.</param>
public sealed record EvalItem(
    string Title,
    string? Description,
    string? Url,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Personas,
    IReadOnlyList<string> UseCases)
{
    public TagRequest ToRequest() => new(Title, Description, Url);
}

/// <summary>An evaluation set, loaded from YAML (<c>items:</c> with title, description, url, stages, personas, use_cases).</summary>
public sealed record EvalSet(IReadOnlyList<EvalItem> Items)
{
    public const string AnyPersona = "any";
    public const string NoUseCase = "none";

    public static EvalSet Load(string path) => Parse(File.ReadAllText(path));

    public static EvalSet Parse(string yaml)
    {
        var file = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<EvalFile?>(yaml) ?? new EvalFile();

        var items = file.Items.Select((item, index) => string.IsNullOrWhiteSpace(item.Title)
                ? throw new FormatException($"Evaluation item {index + 1} has no title.")
                : new EvalItem(item.Title, item.Description, item.Url, item.Stages, item.Personas, item.UseCases))
            .ToList();
        return new EvalSet(items);
    }

    // YamlDotNet needs settable properties; the public records stay immutable.
    private sealed class EvalFile
    {
        public List<EvalFileItem> Items { get; set; } = [];
    }

    private sealed class EvalFileItem
    {
        public string Title { get; set; } = "";
        public string? Description { get; set; }
        public string? Url { get; set; }
        public List<string> Stages { get; set; } = [];
        public List<string> Personas { get; set; } = [];
        public List<string> UseCases { get; set; } = [];
    }
}
