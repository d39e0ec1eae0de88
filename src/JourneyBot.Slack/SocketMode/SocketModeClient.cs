using JourneyBot.Slack.Handlers;
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
/// before closing the old; after a drop (a close, a socket error, an unreadable frame, or silence past
/// <see cref="SocketModeOptions.SilenceTimeout"/>) or a failed open it reconnects with exponential backoff and jitter.
/// </summary>
public sealed partial class SocketModeClient : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly SocketEnvelopeRouter _router;
    private readonly SocketModeStatus _status;
    private readonly SlackOptions _slack;
    private readonly SocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeClient> _logger;
    private int _connections;

    internal SocketModeClient(
        IServiceProvider services,
        SlackDispatcher dispatcher,
        SlackBackgroundQueue queue,
        SocketModeStatus status,
        IOptions<SlackOptions> slack,
        IOptions<SocketModeOptions> options,
        TimeProvider time,
        ILogger<SocketModeClient> logger)
    {
        _services = services;
        _router = new SocketEnvelopeRouter(services, dispatcher, queue, logger);
        _status = status;
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
                try
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
                            var dropped = current;
                            current = null;
                            await dropped.DisposeAsync();
                            await Backoff(++failures, stoppingToken);
                            break;
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A fault here must not end Socket Mode for the life of the process: start over with a new connection.
                    LogLoopFailed(_logger, ex);
                    var broken = current;
                    current = null;
                    if (broken is not null)
                        await broken.DisposeAsync();
                    await Backoff(++failures, stoppingToken);
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
                url, number, (c, e) => _router.Process(c, e, stoppingToken), _logger, _options, _status, _time, stoppingToken);
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

    [LoggerMessage(LogLevel.Error, "Socket Mode failed; starting over with a new connection")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Socket Mode stopped")]
    private static partial void LogStopped(ILogger logger);
}
