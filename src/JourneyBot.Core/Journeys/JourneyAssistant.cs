using JourneyBot.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Journeys;

/// <summary>Answers one kind of request. One class per command, registered in DI by request type.</summary>
public interface IJourneyCommand<in TRequest> where TRequest : JourneyRequest
{
    Task<Answer> AnswerAsync(TRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken);
}

/// <summary>
/// The one entry point for questions, whatever they come from (slash command, mention, DM, the `ask` verb):
/// parse into a typed request, then hand it to that request's command.
/// </summary>
public sealed class JourneyAssistant(
    CatalogSnapshotProvider catalogs,
    IServiceProvider services,
    QueryLog queryLog,
    ILogger<JourneyAssistant> logger)
{
    public async Task<Answer> AskAsync(string text, AskContext context, bool freeText = false, CancellationToken cancellationToken = default)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var request = QuestionParser.Parse(text, catalog, freeText);
        if (logger.IsEnabled(LogLevel.Debug)) // no argument array on every question when debug logs are off
            logger.LogDebug("Read {Question} as {Request}", LogText.Safe(text), request.GetType().Name);
        // Not understood: a model, when one is configured, may read it instead (it is never asked otherwise).
        if (ModelQuestionReader.MayRead(request, text, freeText) && services.GetService<ModelQuestionReader>() is { } model
            && await model.AnswerAsync(text, catalog, (command, ct) => AskAsync(command, context, cancellationToken: ct), cancellationToken) is { } read)
            return read;
        var answer = await AnswerAsync(request, text, catalog, context, freeText, cancellationToken);
        // A plain question's answer says how it was read; the answer to a command does not repeat the command.
        if (request.ReadAs is not { } readAs) return answer;
        // Words read past in an answered question may be aliases marketing should add (the digest's unknown words);
        // a search used its words, so it has none.
        if (request is not SearchRequest && readAs.Ignored.Any(w => !CommonWords.IsConversation(w)))
            queryLog.RecordIgnoredWords(text, context);
        return answer with { ReadAs = readAs };
    }

    private async Task<Answer> AnswerAsync(
        JourneyRequest request, string text, CatalogSnapshot catalog, AskContext context, bool freeText, CancellationToken cancellationToken)
    {
        switch (request)
        {
            case HelpRequest:
                return JourneyHelp.Answer(freeText && text.Length > 0 ? "I could not tell what you are asking. Here is what I can answer:" : null);
            case UnreadableRequest { Problem: NotUnderstoodAnswer } unreadable:
                queryLog.Record(new QueryLogEntry { Question = text, Command = QueryLog.NotUnderstood }, context);
                return unreadable.Problem;
            case UnreadableRequest unreadable:
                return unreadable.Problem;
            case NextOfferRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case CollateralRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case PlayRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case StageRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case GapsRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case SearchRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case AddRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case TagRequestText r: return await DispatchAsync(r, catalog, context, cancellationToken);
            case DigestRequest r: return await DispatchAsync(r, catalog, context, cancellationToken);
            default: throw new InvalidOperationException($"No command for {request.GetType().Name}");
        }
    }

    // Resolved per call so a command may be scoped (e.g. it writes to the catalog database).
    private async Task<Answer> DispatchAsync<TRequest>(TRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
        where TRequest : JourneyRequest
    {
        var command = services.GetService<IJourneyCommand<TRequest>>();
        if (command is null)
            return new NoticeAnswer("Not available", "This command is not available in this deployment:", IsError: true, Command: request.Text);
        try
        {
            return await command.AnswerAsync(request, catalog, context, cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            // Writes on the request path wait at most DatabaseErrors.RequestPathTimeout: say so rather than fail.
            logger.LogWarning(e, "The catalog database could not serve a {Request}", typeof(TRequest).Name);
            return new NoticeAnswer("Try again in a moment",
                "The catalog database is busy or cannot be written just now, so nothing was changed. Please try again in a minute.", IsError: true);
        }
    }
}
