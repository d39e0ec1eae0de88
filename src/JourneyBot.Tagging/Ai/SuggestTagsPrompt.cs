using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JourneyBot.Tagging.Ai;

/// <summary>
/// Loads the YAML prompt template into Semantic Kernel's <see cref="PromptTemplateConfig"/>
/// (Microsoft.SemanticKernel.Yaml is not available to us) and renders the vocabulary for it.
/// </summary>
internal static class SuggestTagsPrompt
{
    public static PromptTemplateConfig Load(string path) => Parse(File.ReadAllText(path));

    public static PromptTemplateConfig Parse(string yaml)
    {
        var file = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<PromptFile?>(yaml);
        if (file is null || string.IsNullOrWhiteSpace(file.Template))
        {
            throw new FormatException("The prompt template has no 'template'.");
        }

        var config = new PromptTemplateConfig(file.Template)
        {
            Name = file.Name,
            Description = file.Description,
            TemplateFormat = file.TemplateFormat ?? PromptTemplateConfig.SemanticKernelTemplateFormat,
            InputVariables = file.InputVariables.Select(v => new InputVariable
            {
                Name = v.Name,
                Description = v.Description ?? "",
                IsRequired = v.IsRequired,
                Default = v.Default,
            }).ToList(),
        };

        foreach (var (serviceId, settings) in file.ExecutionSettings)
        {
            config.AddExecutionSettings(new OpenAIPromptExecutionSettings
            {
                ModelId = settings.ModelId,
                Temperature = settings.Temperature,
                TopP = settings.TopP,
                MaxTokens = settings.MaxTokens,
                ResponseFormat = settings.ResponseFormat,
            }, serviceId);
        }

        return config;
    }

    /// <summary>One "key (Name): meaning" line per term, grouped by dimension.</summary>
    public static string RenderVocabulary(TagVocabulary vocabulary)
    {
        var text = new StringBuilder();
        Section(text, "Stages", vocabulary.Stages);
        Section(text, "Personas", vocabulary.Personas);
        Section(text, "Use cases", vocabulary.UseCases);
        return text.ToString().TrimEnd();

        static void Section(StringBuilder text, string title, IReadOnlyList<TagTerm> terms)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
            foreach (var term in terms)
            {
                var meaning = string.IsNullOrWhiteSpace(term.Meaning) ? "" : $": {term.Meaning.Trim()}";
                text.AppendLine(CultureInfo.InvariantCulture, $"- {term.Key} ({term.Name}){meaning}");
            }
        }
    }

    // YamlDotNet needs settable properties; these mirror SK's prompt YAML format.
    private sealed class PromptFile
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? TemplateFormat { get; set; }
        public string Template { get; set; } = "";
        public List<PromptVariable> InputVariables { get; set; } = [];
        public Dictionary<string, PromptSettings> ExecutionSettings { get; set; } = [];
    }

    private sealed class PromptVariable
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public bool IsRequired { get; set; } = true;
        public string? Default { get; set; }
    }

    private sealed class PromptSettings
    {
        public string? ModelId { get; set; }
        public double? Temperature { get; set; }
        public double? TopP { get; set; }
        public int? MaxTokens { get; set; }
        public string? ResponseFormat { get; set; }
    }
}
