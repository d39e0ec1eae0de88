using JourneyBot.Core.Catalog;
using JourneyBot.Tagging;
using JourneyBot.Tagging.Ai;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Journeys;

/// <summary>An answer to a question the model read: <see cref="Command"/> is what it was read as (a command without its name).</summary>
public sealed record ModelReadAnswer(Answer Answer, string Command) : Answer;

/// <summary>
/// The second reader, for questions the built-in one could not map, registered only with a model (<c>Ai:*</c>).
/// The model's reading becomes command text ("next-offer ci awareness manager") that <see cref="QuestionParser"/>
/// reads like any other, so what is answered is validated by the parser; anything it cannot read leaves the
/// built-in answer standing.
/// </summary>
public sealed partial class ModelQuestionReader(IQuestionModel model, ILogger<ModelQuestionReader> logger)
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "help", "?", "commands" };

    /// <summary>True when the parser did not understand <paramref name="text"/>: worth asking the model.</summary>
    public static bool MayRead(JourneyRequest request, string text, bool freeText) => request switch
    {
        UnreadableRequest { Problem: NotUnderstoodAnswer } => true,
        // In a mention or DM, a question without a single known word comes back as help; "help" itself does too.
        HelpRequest => freeText && QuestionParser.Words(text) is [var first, ..] && !HelpWords.Contains(first),
        // A plain question (it has a Read-as line; a typed `search` has none) that the built-in reader could only
        // search by its words ("hand" and "start" in "what should I hand someone at the start?"): the model may map it.
        SearchRequest { ReadAs: not null } => true,
        _ => false,
    };

    /// <summary>
    /// The answer to the model's reading of <paramref name="text"/>, given by <paramref name="ask"/> for the command
    /// it composes; null when the model gives no reading in time or one the parser cannot turn into a request.
    /// </summary>
    public async Task<Answer?> AnswerAsync(
        string text, CatalogSnapshot catalog, Func<string, CancellationToken, Task<Answer>> ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(ask);
        var vocabulary = new QuestionVocabulary(catalog.TagVocabulary(),
            catalog.Motions.Select(m => new TagTerm(m.Key, m.Name, m.Name, m.Aliases)).ToList());
        var reading = await model.ReadAsync(text, vocabulary, cancellationToken);
        if (reading is null || reading.Kind == QuestionKinds.Help) return null;

        var command = Command(reading);
        var request = QuestionParser.Parse(command, catalog);
        if (request is UnreadableRequest or HelpRequest)
        {
            LogNotARequest(reading.Kind);
            return null;
        }
        return new ModelReadAnswer(await ask(command, cancellationToken), command);
    }

    /// <summary>The reading as the command a person would type: the verb, then the terms in the order its usage names them.</summary>
    internal static string Command(QuestionReading r)
    {
        string?[] parts = r.Kind switch
        {
            QuestionKinds.NextOffer => [r.UseCase, r.Stage, r.Persona],
            QuestionKinds.Collateral => [r.Stage, r.UseCase, r.Persona],
            // A motion decides the play and its use case narrows it; without a motion the use case names it.
            QuestionKinds.Play => [r.Motion ?? r.UseCase, r.Motion is null ? null : r.UseCase, r.Persona],
            QuestionKinds.Stage => [r.Stage],
            QuestionKinds.Gaps => [r.UseCase, r.Stage, r.Persona],
            QuestionKinds.Search => [.. r.Words, r.UseCase, r.Stage, r.Persona],
            _ => [],
        };
        return string.Join(' ', parts.Prepend(r.Kind).OfType<string>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The AI model read a question as {Kind}, but not as a request the parser accepts; the built-in answer stands")]
    private partial void LogNotARequest(string kind);
}
