using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Payloads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.Handlers;

/// <summary>
/// Routes parsed Slack payloads to the registered handlers and returns what to answer Slack with.
/// The HTTP endpoints and Socket Mode both call it, so a handler behaves the same over either.
/// Each call resolves its handler in a fresh DI scope.
/// </summary>
public sealed partial class SlackDispatcher(
    IServiceScopeFactory scopes,
    SlackHandlerRegistry registry,
    IEventInbox inbox,
    IOptions<EventInboxOptions> inboxOptions,
    ILogger<SlackDispatcher> logger)
{
    /// <returns>The immediate reply, or null for an empty 200.</returns>
    public async Task<SlackMessage?> HandleSlashCommand(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var logScope = Scope(command.TeamId, command.ChannelId, command.UserId, command.Command);
        var handlerType = registry.FindSlashCommand(command.Command);
        if (handlerType is null)
        {
            LogNoHandler(logger, "slash command", command.Command);
            return SlackMessage.Ephemeral($"Sorry, {Mrkdwn.Escape(command.Command)} is not handled by this app.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var handler = (ISlashCommandHandler)scope.ServiceProvider.GetRequiredService(handlerType);
        return await handler.Handle(command, cancellationToken);
    }

    /// <summary>
    /// Keeps an event in the inbox before Slack is acknowledged. <see cref="InboxAdmission.New"/>: acknowledge, then
    /// <see cref="HandleEvent"/>; <see cref="InboxAdmission.Repeat"/>: acknowledge only;
    /// <see cref="InboxAdmission.Unavailable"/>: refuse the delivery so Slack retries it.
    /// </summary>
    /// <param name="body">The event's JSON as received, kept to handle it again after a restart.</param>
    public async Task<InboxAdmission> AdmitEvent(EventCallback callback, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var admission = await inbox.Admit(callback.EventId, body, cancellationToken);
        if (admission == InboxAdmission.Repeat)
            LogDuplicateEvent(logger, callback.EventId, callback.EventType);
        else if (admission == InboxAdmission.Unavailable)
            LogEventRefused(logger, callback.EventId, callback.EventType);
        return admission;
    }

    /// <summary>Takes back an admitted event whose work could not be queued (the delivery is refused instead).</summary>
    public Task ForgetEvent(EventCallback callback, CancellationToken cancellationToken) => inbox.Forget(callback.EventId, cancellationToken);

    /// <summary>
    /// Runs every event handler for an admitted event; one failing handler does not stop the others. Then the event is
    /// marked handled, unless shutdown cut it short: then the inbox keeps it for the next start.
    /// </summary>
    public async Task HandleEvent(EventCallback callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        using var logScope = Scope(callback.TeamId, callback.AppMention?.Channel ?? callback.Message?.Channel,
            callback.AppMention?.User ?? callback.Message?.User ?? callback.AppHomeOpened?.User, "event " + callback.EventType);
        // A budget per event, so a claim is never held past its lease by a stuck call.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(inboxOptions.Value.HandlingTimeout);
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var handlerType in registry.EventHandlers)
            {
                try
                {
                    var handler = (IEventHandler)scope.ServiceProvider.GetRequiredService(handlerType);
                    await handler.Handle(callback, budget.Token);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    LogHandlerFailed(logger, ex, handlerType.Name, callback.EventType, callback.EventId);
                }
            }
        }

        if (cancellationToken.IsCancellationRequested)
            return; // shutting down: not answered yet, so it stays in the inbox
        try
        {
            await inbox.Complete(callback.EventId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogCompleteFailed(logger, ex, callback.EventId);
        }
    }

    /// <summary>Runs the handler of each action's <c>action_id</c>.</summary>
    public async Task HandleBlockActions(BlockActions payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var logScope = Scope(payload.TeamId, payload.ChannelId, payload.UserId, "action " + string.Join(',', payload.Actions.Select(a => a.ActionId)));
        await using var scope = scopes.CreateAsyncScope();
        foreach (var action in payload.Actions)
        {
            var handlerType = registry.FindBlockAction(action.ActionId);
            if (handlerType is null)
            {
                LogNoHandler(logger, "action_id", action.ActionId);
                continue;
            }

            var handler = (IBlockActionHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            await handler.Handle(action, payload, cancellationToken);
        }
    }

    /// <returns>The <c>response_action</c> to send, or null to close the modal.</returns>
    public async Task<ViewSubmissionResponse?> HandleViewSubmission(ViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using var logScope = Scope(submission.TeamId, submission.ChannelId, submission.UserId, "view " + submission.View.CallbackId);
        var handlerType = registry.FindViewSubmission(submission.View.CallbackId);
        if (handlerType is null)
        {
            LogNoHandler(logger, "callback_id", submission.View.CallbackId ?? "(none)");
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var handler = (IViewSubmissionHandler)scope.ServiceProvider.GetRequiredService(handlerType);
        return await handler.Handle(submission, cancellationToken);
    }

    // Every log line written while a delivery is handled (here or in a handler) carries who and where:
    // team, channel, user and what was asked. Never tokens, response_urls or the text itself.
    private IDisposable? Scope(string? team, string? channel, string? user, string request) =>
        logger.BeginScope(new DeliveryScope(team, channel, user, request));

    /// <summary>The scope's fields as name/value pairs, the shape structured log formatters read; built per delivery.</summary>
    private sealed class DeliveryScope(string? team, string? channel, string? user, string request) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 4;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("SlackTeam", team),
            1 => new("SlackChannel", channel),
            2 => new("SlackUser", user),
            3 => new("SlackRequest", request),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"SlackTeam:{team} SlackChannel:{channel} SlackUser:{user} SlackRequest:{request}";
    }

    [LoggerMessage(LogLevel.Warning, "No Slack handler is registered for {Kind} {Key}")]
    private static partial void LogNoHandler(ILogger logger, string kind, string key);

    [LoggerMessage(LogLevel.Information, "Slack event {EventId} ({EventType}) was already handled; skipping the repeat")]
    private static partial void LogDuplicateEvent(ILogger logger, string eventId, string eventType);

    [LoggerMessage(LogLevel.Warning, "Slack event {EventId} ({EventType}) could not be kept; refusing it so Slack retries")]
    private static partial void LogEventRefused(ILogger logger, string eventId, string eventType);

    [LoggerMessage(LogLevel.Warning, "Slack event {EventId} was answered but could not be marked handled")]
    private static partial void LogCompleteFailed(ILogger logger, Exception exception, string eventId);

    [LoggerMessage(LogLevel.Error, "Slack event handler {Handler} failed on {EventType} {EventId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string eventType, string eventId);
}
