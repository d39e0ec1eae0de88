using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.SocketMode;

/// <summary>
/// Turns one Socket Mode envelope into a dispatcher call and its ack: events are acked first and handled behind the
/// ack; slash commands and view submissions are answered inside the ack. Every envelope is acked, even when it fails.
/// </summary>
internal sealed partial class SocketEnvelopeRouter(
    IServiceProvider services, SlackDispatcher dispatcher, SlackBackgroundQueue queue, ILogger<SocketModeClient> logger)
{
    private readonly ILogger _logger = logger;

    public async Task Process(SocketModeConnection connection, SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        var acked = false;
        Task Ack(object? payload = null)
        {
            acked = true;
            return connection.Ack(envelope.EnvelopeId, envelope.AcceptsResponsePayload ? payload : null, cancellationToken);
        }

        try
        {
            switch (envelope.Type)
            {
                case "events_api":
                    var events = EventEnvelope.Parse(envelope.Payload);
                    if (!events.IsSuccess)
                        LogMalformed(_logger, envelope.Type, envelope.EnvelopeId, events.Error);
                    if (events is not { IsSuccess: true, Value.Callback: { } callback })
                    {
                        await Ack();
                        break;
                    }
                    // Kept before the ack (see SlackDispatcher.AdmitEvent); unacknowledged, Slack sends it again.
                    var admission = await dispatcher.AdmitEvent(callback, envelope.Payload.GetRawText(), cancellationToken);
                    if (admission == InboxAdmission.Unavailable)
                        break;
                    await Ack();
                    if (admission == InboxAdmission.New)
                        await RunAfterAck($"event {callback.EventId} ({callback.EventType})", ct => dispatcher.HandleEvent(callback, ct), cancellationToken);
                    break;

                case "slash_commands":
                    if (await IsRepeat(envelope, cancellationToken))
                    {
                        await Ack();
                        break;
                    }
                    var command = SlashCommand.Parse(envelope.Payload);
                    if (command.Failure == ParseFailure.TooLong)
                        await Ack(SlackMessage.Ephemeral($"That is too much text for one command: {command.Error}."));
                    else if (!command.IsSuccess)
                    {
                        LogMalformed(_logger, envelope.Type, envelope.EnvelopeId, command.Error);
                        await Ack();
                    }
                    else
                        await Ack(await dispatcher.HandleSlashCommand(command.Value, cancellationToken));
                    break;

                case "interactive":
                    if (await IsRepeat(envelope, cancellationToken))
                    {
                        await Ack();
                        break;
                    }
                    var interaction = InteractionPayload.Parse(envelope.Payload);
                    if (!interaction.IsSuccess)
                    {
                        LogMalformed(_logger, envelope.Type, envelope.EnvelopeId, interaction.Error);
                        await Ack();
                    }
                    else if (interaction.Value is ViewSubmission submission)
                        await Ack(await dispatcher.HandleViewSubmission(submission, cancellationToken));
                    else
                    {
                        await Ack();
                        if (interaction.Value is BlockActions actions)
                            await RunAfterAck($"block_actions from {actions.UserId}", ct => dispatcher.HandleBlockActions(actions, ct), cancellationToken);
                    }
                    break;

                default:
                    await Ack();
                    break;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogEnvelopeFailed(_logger, ex, envelope.Type, envelope.EnvelopeId);
            if (!acked)
                await connection.Ack(envelope.EnvelopeId, null, cancellationToken);
        }
    }

    /// <summary>Queues work behind the ack; when the queue is full, runs it here instead of losing it.</summary>
    private async Task RunAfterAck(string description, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (!queue.TryEnqueue(description, work))
            await work(cancellationToken);
    }

    /// <summary>Slash commands and interactions have no event_id; a retried envelope keeps its envelope_id.</summary>
    private async Task<bool> IsRepeat(SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var deduplicator = scope.ServiceProvider.GetRequiredService<IEventDeduplicator>();
        var first = await deduplicator.TryMarkSeen($"envelope:{envelope.EnvelopeId}", cancellationToken);
        if (!first)
            LogRepeat(_logger, envelope.Type, envelope.EnvelopeId, envelope.RetryAttempt, envelope.RetryReason);
        return !first;
    }

    [LoggerMessage(LogLevel.Warning, "Socket Mode {Type} envelope {EnvelopeId} is malformed: {Error}")]
    private static partial void LogMalformed(ILogger logger, string type, string envelopeId, string error);

    [LoggerMessage(LogLevel.Information, "Socket Mode {Type} envelope {EnvelopeId} was already handled (retry {RetryAttempt}, {RetryReason}); acked only")]
    private static partial void LogRepeat(ILogger logger, string type, string envelopeId, int retryAttempt, string? retryReason);

    [LoggerMessage(LogLevel.Error, "Socket Mode {Type} envelope {EnvelopeId} failed")]
    private static partial void LogEnvelopeFailed(ILogger logger, Exception exception, string type, string envelopeId);
}
