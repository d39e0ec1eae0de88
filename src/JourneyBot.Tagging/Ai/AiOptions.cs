using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Tagging.Ai;

/// <summary>The optional OpenAI-compatible endpoint for tag suggestions (configuration section <c>Ai</c>).</summary>
/// <remarks>A class rather than a record so that the API key never shows up in a generated <c>ToString()</c>.</remarks>
public sealed class AiOptions : IValidatableObject
{
    public const string SectionName = "Ai";

    /// <summary>Base URL of an OpenAI-compatible API, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>. None: built-in tagger only.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as a Bearer token; may be empty for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model (or Azure deployment) name; required with <see cref="Endpoint"/>.</summary>
    public string? Model { get; set; }

    /// <summary>Past this, the built-in tagger answers instead, so the user is never kept waiting on the model.</summary>
    [Range(1, 300, ErrorMessage = "Ai:TimeoutSeconds must be between 1 and 300.")]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The prompt template; default <c>prompts/suggest-tags.yaml</c> next to the application.</summary>
    public string? PromptPath { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public string ResolvedPromptPath => string.IsNullOrWhiteSpace(PromptPath)
        ? Path.Combine(AppContext.BaseDirectory, "prompts", "suggest-tags.yaml")
        : Path.GetFullPath(PromptPath, AppContext.BaseDirectory);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Ai:Endpoint must be an absolute http or https URL such as https://api.openai.com/v1.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Ai:Model must be set when Ai:Endpoint is set.", [nameof(Model)]);
        }
    }
}
