using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace JourneyBot.Tagging.Ai;

/// <summary>
/// Asks an OpenAI-compatible model (through Semantic Kernel and <c>prompts/read-question.yaml</c>) what a question
/// asks for. Within <see cref="AiOptions.QuestionTimeoutSeconds"/> or not at all: a late, failed, malformed or
/// empty reply gives no reading, and the built-in answer stands. Logs say what went wrong, never the question.
/// </summary>
public sealed partial class SemanticKernelQuestionModel : IQuestionModel
{
    public const string HttpClientName = "JourneyBot.Questions.Ai";

    private readonly AiOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<SemanticKernelQuestionModel> _logger;
    private readonly Lazy<KernelFunction> _function;

    public SemanticKernelQuestionModel(IOptions<AiOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        // Semantic Kernel logs a failed call's error text, which can echo the API key.
        _loggerFactory = new RedactingLoggerFactory(loggerFactory, _options.ApiKey);
        _logger = loggerFactory.CreateLogger<SemanticKernelQuestionModel>();
        _function = new Lazy<KernelFunction>(() => KernelFunctionFactory.CreateFromPrompt(
            SuggestTagsPrompt.Load(_options.ResolvedQuestionPromptPath), loggerFactory: _loggerFactory));
    }

    public async Task<QuestionReading?> ReadAsync(string question, QuestionVocabulary vocabulary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var clock = Stopwatch.StartNew();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(_options.QuestionTimeoutSeconds));

        string? reply;
        try
        {
            reply = await AskModelAsync(question, vocabulary, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(_options.QuestionTimeoutSeconds);
            return null;
        }
        catch (HttpOperationException exception)
        {
            // Only the status: the error body may quote the prompt, and with it the question.
            LogFailed(exception.StatusCode is { } code ? $"HTTP {(int)code}" : "no HTTP response", exception.GetType().Name);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever went wrong with the model (unreachable host, bad template), the built-in answer stands.
            LogFailed("error", exception.GetType().Name);
            return null;
        }

        var (reading, problem, dropped) = QuestionReply.Read(reply, question, vocabulary);
        foreach (var dimension in dropped)
            LogDropped(dimension);
        if (reading is null)
        {
            LogUnusable(problem ?? "unknown", reply?.Length ?? 0);
            return null;
        }

        LogRead(reading.Kind, clock.ElapsedMilliseconds);
        return reading;
    }

    private async Task<string?> AskModelAsync(string question, QuestionVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var kernel = ModelKernel.Build(_options, _loggerFactory, _httpClientFactory.CreateClient(HttpClientName));

        var arguments = new KernelArguments
        {
            ["question"] = question,
            ["vocabulary"] = RenderVocabulary(vocabulary),
        };
        var result = await kernel.InvokeAsync(_function.Value, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<string>();
    }

    /// <summary>One "key (Name): meaning; also: other names" line per term, so a funnel state or title finds its key.</summary>
    internal static string RenderVocabulary(QuestionVocabulary vocabulary)
    {
        var text = new StringBuilder();
        Section("Stages (a funnel state such as inquiry or MQL names its stage)", vocabulary.Tags.Stages);
        Section("Personas", vocabulary.Tags.Personas);
        Section("Use cases", vocabulary.Tags.UseCases);
        Section("Motions", vocabulary.Motions);
        return text.ToString().TrimEnd();

        void Section(string title, IReadOnlyList<TagTerm> terms)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
            foreach (var term in terms)
            {
                var meaning = string.IsNullOrWhiteSpace(term.Meaning) || term.Meaning == term.Name ? "" : $": {term.Meaning.Trim()}";
                var also = term.Aliases.Count == 0 ? "" : $"; also: {string.Join(", ", term.Aliases)}";
                text.AppendLine(CultureInfo.InvariantCulture, $"- {term.Key} ({term.Name}){meaning}{also}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AI model did not read the question within {TimeoutSeconds} s; the built-in answer stands")]
    private partial void LogTimedOut(double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading a question with the AI model failed ({Status}, {ErrorType}); the built-in answer stands")]
    private partial void LogFailed(string status, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AI model's reading of a question is unusable ({Problem}, {ReplyLength} chars); the built-in answer stands")]
    private partial void LogUnusable(string problem, int replyLength);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a {Dimension} from the AI model's reading of a question: not in the vocabulary or the question")]
    private partial void LogDropped(string dimension);

    [LoggerMessage(Level = LogLevel.Information, Message = "The AI model read a question as {Kind} in {ElapsedMs} ms")]
    private partial void LogRead(string kind, long elapsedMs);
}
