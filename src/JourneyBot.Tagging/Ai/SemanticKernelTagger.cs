using JourneyBot.Tagging.BuiltIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace JourneyBot.Tagging.Ai;

/// <summary>
/// Asks an OpenAI-compatible model (through Semantic Kernel and the prompt in <c>prompts/suggest-tags.yaml</c>)
/// and keeps only tags from the vocabulary. The model never blocks the user: on a timeout, an HTTP error,
/// a malformed reply or a reply without valid tags, the built-in tagger answers, with a note saying why.
/// </summary>
public sealed partial class SemanticKernelTagger : ITagSuggester
{
    public const string HttpClientName = "JourneyBot.Tagging.Ai";

    // Model tags come first; built-in ones that the model did not give follow, ranked below them.
    private const double ModelConfidence = 0.9;
    private const double ModelConfidenceStep = 0.05;
    private const double BuiltInCeilingWhenCombined = 0.6;

    private readonly AiOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BuiltInTagger _builtIn;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<SemanticKernelTagger> _logger;
    private readonly Lazy<KernelFunction> _function;

    public SemanticKernelTagger(IOptions<AiOptions> options, IHttpClientFactory httpClientFactory, BuiltInTagger builtIn, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _builtIn = builtIn;
        // Semantic Kernel logs a failed call's error text, which can echo the API key.
        _loggerFactory = new RedactingLoggerFactory(loggerFactory, _options.ApiKey);
        _logger = loggerFactory.CreateLogger<SemanticKernelTagger>();
        _function = new Lazy<KernelFunction>(
            () => KernelFunctionFactory.CreateFromPrompt(SuggestTagsPrompt.Load(_options.ResolvedPromptPath), loggerFactory: _loggerFactory));
    }

    public async Task<TagSuggestions> SuggestAsync(TagRequest item, TagVocabulary vocabulary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!_options.IsConfigured)
        {
            return _builtIn.Suggest(item, vocabulary);
        }

        var timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);

        string? replyText;
        try
        {
            replyText = await AskModelAsync(item, vocabulary, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(_options.TimeoutSeconds);
            return FallBack(item, vocabulary, $"The AI model did not answer within {_options.TimeoutSeconds} s; these are built-in suggestions.");
        }
        catch (HttpOperationException exception)
        {
            var status = exception.StatusCode is { } code ? $"HTTP {(int)code}" : "no HTTP response";
            LogModelFailed(status, exception.GetType().Name, Redact(exception.Message));
            return FallBack(item, vocabulary, $"The AI endpoint failed ({status}); these are built-in suggestions.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever went wrong with the model (unreachable host, bad template, connector error), the user still gets tags.
            LogModelFailed("error", exception.GetType().Name, Redact(exception.Message));
            return FallBack(item, vocabulary, "The AI model could not be used (see the logs); these are built-in suggestions.");
        }

        var reply = ModelReply.TryParse(replyText);
        if (reply is null)
        {
            LogMalformedReply(Shorten(replyText));
            return FallBack(item, vocabulary, "The AI model's reply was not the expected JSON; these are built-in suggestions.");
        }

        var stages = Validate(reply.Stages, vocabulary.Stages, "stage");
        var personas = Validate(reply.Personas, vocabulary.Personas, "persona");
        var useCases = Validate(reply.UseCases, vocabulary.UseCases, "use case");
        if (stages.Count + personas.Count + useCases.Count == 0)
        {
            return FallBack(item, vocabulary, "The AI model gave no tags from the vocabulary; these are built-in suggestions.");
        }

        var builtIn = _builtIn.Suggest(item, vocabulary);
        var reason = reply.Reason ?? "Suggested by the AI model";
        return new TagSuggestions(
            Combine(stages, builtIn.Stages, reason),
            Combine(personas, builtIn.Personas, reason),
            Combine(useCases, builtIn.UseCases, reason),
            TagSource.Ai,
            personas.Count == 0 && builtIn.Personas.Count == 0 ? BuiltInTagger.NoPersonaNote : null);
    }

    private async Task<string?> AskModelAsync(TagRequest item, TagVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var kernel = ModelKernel.Build(_options, _loggerFactory, _httpClientFactory.CreateClient(HttpClientName));

        var arguments = new KernelArguments
        {
            ["title"] = item.Title,
            ["description"] = string.IsNullOrWhiteSpace(item.Description) ? "(none)" : item.Description,
            ["url"] = string.IsNullOrWhiteSpace(item.Url) ? "(none)" : item.Url,
            ["vocabulary"] = SuggestTagsPrompt.RenderVocabulary(vocabulary),
        };

        var result = await kernel.InvokeAsync(_function.Value, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<string>();
    }

    /// <summary>Maps keys and aliases (any case) to vocabulary keys, dropping and logging anything else.</summary>
    private List<string> Validate(IReadOnlyList<string> values, IReadOnlyList<TagTerm> terms, string dimension)
    {
        var keys = new List<string>();
        foreach (var value in values)
        {
            if (terms.Resolve(value) is { } term)
            {
                if (!keys.Contains(term.Key))
                {
                    keys.Add(term.Key);
                }
            }
            else
            {
                LogUnknownValue(dimension, Shorten(value));
            }
        }

        return keys;
    }

    private static List<TagSuggestion> Combine(List<string> modelKeys, IReadOnlyList<TagSuggestion> builtIn, string reason)
    {
        var combined = modelKeys
            .Select((key, rank) => new TagSuggestion(key, Math.Round(ModelConfidence - rank * ModelConfidenceStep, 2), reason))
            .ToList();
        var ceiling = combined.Count == 0 ? 1.0 : Math.Min(BuiltInCeilingWhenCombined, combined[^1].Confidence);
        combined.AddRange(builtIn
            .Where(s => !modelKeys.Contains(s.Key))
            .Select(s => s with { Confidence = Math.Min(s.Confidence, ceiling) }));
        return combined;
    }

    private TagSuggestions FallBack(TagRequest item, TagVocabulary vocabulary, string why)
    {
        var builtIn = _builtIn.Suggest(item, vocabulary);
        return builtIn with { Note = builtIn.Note is null ? why : $"{why} {builtIn.Note}" };
    }

    /// <summary>Servers sometimes echo the credential in error text; it must never reach a log.</summary>
    private string Redact(string text) =>
        string.IsNullOrEmpty(_options.ApiKey) ? text : text.Replace(_options.ApiKey, "[redacted]", StringComparison.Ordinal);

    private string Shorten(string? text)
    {
        var redacted = Redact(text ?? "");
        return redacted.Length <= 200 ? redacted : redacted[..200] + "…";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AI model did not answer within {TimeoutSeconds} s; using the built-in tagger")]
    private partial void LogTimedOut(int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AI call failed ({Status}, {ErrorType}: {ErrorMessage}); using the built-in tagger")]
    private partial void LogModelFailed(string status, string errorType, string errorMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AI model's reply is not the expected JSON object ({Reply}); using the built-in tagger")]
    private partial void LogMalformedReply(string reply);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Dimension} '{Value}' from the AI reply: not in the vocabulary")]
    private partial void LogUnknownValue(string dimension, string value);
}
