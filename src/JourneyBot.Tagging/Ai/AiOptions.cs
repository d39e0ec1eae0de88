using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Tagging.Ai;

/// <summary>The optional OpenAI-compatible endpoint for tag suggestions and for reading questions (configuration section <c>Ai</c>).</summary>
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

    /// <summary>
    /// How long a question waits for the model to read it before the built-in answer stands. Slack drops a slash
    /// command's reply after 3 s, so the budget leaves room for the answer itself.
    /// </summary>
    [Range(0.1, 2.5, ErrorMessage = "Ai:QuestionTimeoutSeconds must be between 0.1 and 2.5: Slack waits 3 s for a slash command's reply.")]
    public double QuestionTimeoutSeconds { get; set; } = 2;

    /// <summary>The prompt template for reading questions; default <c>prompts/read-question.yaml</c> next to the application.</summary>
    public string? QuestionPromptPath { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public string ResolvedPromptPath => string.IsNullOrWhiteSpace(PromptPath)
        ? Path.Combine(AppContext.BaseDirectory, "prompts", "suggest-tags.yaml")
        : Path.GetFullPath(PromptPath, AppContext.BaseDirectory);

    public string ResolvedQuestionPromptPath => string.IsNullOrWhiteSpace(QuestionPromptPath)
        ? Path.Combine(AppContext.BaseDirectory, "prompts", "read-question.yaml")
        : Path.GetFullPath(QuestionPromptPath, AppContext.BaseDirectory);

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
