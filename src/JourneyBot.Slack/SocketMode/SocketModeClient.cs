using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.SocketMode;

/// <summary>
/// Receives Slack over a WebSocket instead of public HTTP URLs. Runs as a hosted service (registered by
/// <c>AddSlack</c>) when <c>Slack:AppToken</c> is set; envelopes go to the same <see cref="SlackDispatcher"/>
/// as the HTTP endpoints. Keeps one connection: on <c>warning</c>/<c>refresh_requested</c> it opens the next
/// before closing the old; after a drop or a failed open it reconnects with exponential backoff and jitter.
/// </summary>
public sealed partial class SocketModeClient : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly SlackDispatcher _dispatcher;
    private readonly SlackBackgroundQueue _queue;
    private readonly SlackOptions _slack;
    private readonly SocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeClient> _logger;
    private int _connections;

    internal SocketModeClient(
        IServiceProvider services,
        SlackDispatcher dispatcher,
        SlackBackgroundQueue queue,
        IOptions<SlackOptions> slack,
        IOptions<SocketModeOptions> options,
        TimeProvider time,
        ILogger<SocketModeClient> logger)
    {
        _services = services;
        _dispatcher = dispatcher;
        _queue = queue;
        _slack = slack.Value;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_slack.SocketModeEnabled)
        {
            LogDisabled(_logger);
            return;
        }

        var failures = 0;
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    current = await TryConnect(stoppingToken);
                    if (current is null)
                    {
                        await Backoff(++failures, stoppingToken);
                        continue;
                    }
                }

                var end = await current.Ended.WaitAsync(stoppingToken);
                if (current.HelloReceived)
                    failures = 0;

                switch (end.Kind)
                {
                    case ConnectionEndKind.LinkDisabled:
                        LogLinkDisabled(_logger, current.Number);
                        return;

                    case ConnectionEndKind.Refresh:
                        // Open the next connection before letting go of this one, so no envelope falls in a gap.
                        LogRefresh(_logger, current.Number, end.Reason);
                        var old = current;
                        current = await TryConnect(stoppingToken);
                        await old.DisposeAsync();
                        if (current is null)
                            await Backoff(++failures, stoppingToken);
                        break;

                    case ConnectionEndKind.Dropped:
                        LogDropped(_logger, current.Number, end.Reason);
                        await current.DisposeAsync();
                        current = null;
                        await Backoff(++failures, stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        finally
        {
            if (current is not null)
                await current.DisposeAsync();
            LogStopped(_logger);
        }
    }

    private async Task<SocketModeConnection?> TryConnect(CancellationToken stoppingToken)
    {
        try
        {
            var api = _services.GetRequiredService<SlackApiClient>();
            var url = await api.OpenSocketConnection(stoppingToken);
            var number = Interlocked.Increment(ref _connections);
            var connection = await SocketModeConnection.Open(
                url, number, (c, e) => Process(c, e, stoppingToken), _logger, _options, stoppingToken);
            LogConnected(_logger, number, url.Host); // the URL carries a ticket: log the host only
            return connection;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogConnectFailed(_logger, ex.GetType().Name, ex.Message);
            return null;
        }
    }

    private async Task Backoff(int failures, CancellationToken stoppingToken)
    {
        // Exponential with "equal jitter": half fixed, half random, so many clients do not reconnect in step.
        var exponential = _options.InitialReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential < _options.MaxReconnectDelay ? exponential : _options.MaxReconnectDelay;
        var delay = capped * (0.5 + Random.Shared.NextDouble() / 2);
        LogReconnecting(_logger, delay.TotalMilliseconds, failures);
        await Task.Delay(delay, _time, stoppingToken);
    }

    private async Task Process(SocketModeConnection connection, SocketEnvelope envelope, CancellationToken cancellationToken)
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
                    var admission = await _dispatcher.AdmitEvent(callback, envelope.Payload.GetRawText(), cancellationToken);
                    if (admission == InboxAdmission.Unavailable)
                        break;
                    await Ack();
                    if (admission == InboxAdmission.New)
                        await RunAfterAck($"event {callback.EventId} ({callback.EventType})", ct => _dispatcher.HandleEvent(callback, ct), cancellationToken);
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
                        await Ack(await _dispatcher.HandleSlashCommand(command.Value, cancellationToken));
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
                        await Ack(await _dispatcher.HandleViewSubmission(submission, cancellationToken));
                    else
                    {
                        await Ack();
                        if (interaction.Value is BlockActions actions)
                            await RunAfterAck($"block_actions from {actions.UserId}", ct => _dispatcher.HandleBlockActions(actions, ct), cancellationToken);
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
        if (!_queue.TryEnqueue(description, work))
            await work(cancellationToken);
    }

    /// <summary>Slash commands and interactions have no event_id; a retried envelope keeps its envelope_id.</summary>
    private async Task<bool> IsRepeat(SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        var deduplicator = scope.ServiceProvider.GetRequiredService<IEventDeduplicator>();
        var first = await deduplicator.TryMarkSeen($"envelope:{envelope.EnvelopeId}", cancellationToken);
        if (!first)
            LogRepeat(_logger, envelope.Type, envelope.EnvelopeId, envelope.RetryAttempt, envelope.RetryReason);
        return !first;
    }

    [LoggerMessage(LogLevel.Information, "Socket Mode is off: Slack:AppToken is not set")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Socket Mode connection {Connection} opened to {Host}")]
    private static partial void LogConnected(ILogger logger, int connection, string host);

    [LoggerMessage(LogLevel.Warning, "Socket Mode could not connect: {ErrorType}: {Error}")]
    private static partial void LogConnectFailed(ILogger logger, string errorType, string error);

    [LoggerMessage(LogLevel.Information, "Socket Mode connection {Connection}: Slack asked to reconnect ({Reason}); opening a new connection first")]
    private static partial void LogRefresh(ILogger logger, int connection, string reason);

    [LoggerMessage(LogLevel.Warning, "Socket Mode connection {Connection} dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, int connection, string reason);

    [LoggerMessage(LogLevel.Information, "Socket Mode reconnecting in {DelayMs:F0} ms (failure {Failures} in a row)")]
    private static partial void LogReconnecting(ILogger logger, double delayMs, int failures);

    [LoggerMessage(LogLevel.Error, "Socket Mode stopped: Slack disabled this app's Socket Mode link (connection {Connection}); turn Socket Mode back on in the app settings and restart")]
    private static partial void LogLinkDisabled(ILogger logger, int connection);

    [LoggerMessage(LogLevel.Information, "Socket Mode stopped")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Socket Mode {Type} envelope {EnvelopeId} is malformed: {Error}")]
    private static partial void LogMalformed(ILogger logger, string type, string envelopeId, string error);

    [LoggerMessage(LogLevel.Information, "Socket Mode {Type} envelope {EnvelopeId} was already handled (retry {RetryAttempt}, {RetryReason}); acked only")]
    private static partial void LogRepeat(ILogger logger, string type, string envelopeId, int retryAttempt, string? retryReason);

    [LoggerMessage(LogLevel.Error, "Socket Mode {Type} envelope {EnvelopeId} failed")]
    private static partial void LogEnvelopeFailed(ILogger logger, Exception exception, string type, string envelopeId);
}
