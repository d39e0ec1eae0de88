using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Tagging;
using JourneyBot.Messages;
using JourneyBot.Tagging;

namespace JourneyBot.Cli;

/// <summary><c>tags suggest --title T [--description D] [--url U] [--json]</c>.</summary>
public static class TagsVerb
{
    public const string Usage = "tags suggest --title T [--description D] [--url U] [--json]";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (line.Positional.FirstOrDefault()?.ToLowerInvariant() != "suggest") throw new UsageException("tags needs 'suggest'");
        var title = line.Option("--title");
        var description = line.Option("--description");
        var url = line.Option("--url");
        var json = line.Flag("--json");
        line.RejectUnknownOptions();
        if (string.IsNullOrWhiteSpace(title)) throw new UsageException("tags suggest needs --title");

        var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().GetAsync(cancellationToken);
        var item = new TagRequest(title, description, url);
        var tags = await services.GetRequiredService<ITagSuggester>().SuggestAsync(item, catalog.TagVocabulary(), cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                stages = tags.Stages, personas = tags.Personas, use_cases = tags.UseCases, source = tags.Source,
            }, Json));
        }
        else
        {
            await output.WriteAsync(TerminalText.Render(AnswerMessages.Build(new Core.Journeys.TagAnswer(item, tags))));
        }
        return 0;
    }
}
