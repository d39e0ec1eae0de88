using JourneyBot.Slack.Payloads;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.Handlers;

/// <summary>
/// Hands kept events that nobody is handling to the dispatcher: at start (what the last run acknowledged but did not
/// answer) and every <see cref="EventInboxOptions.PollSeconds"/> (what a crashed instance held). At shutdown, after
/// the background worker has stopped, gives back what this process did not finish.
/// </summary>
internal sealed partial class EventInboxDrain(
    IEventInbox inbox,
    SlackDispatcher dispatcher,
    SlackBackgroundQueue queue,
    IOptions<EventInboxOptions> options,
    TimeProvider time,
    ILogger<EventInboxDrain> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan ReleaseBudget = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        try
        {
            do
            {
                await DrainOnce(stoppingToken);
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task DrainOnce(CancellationToken stoppingToken)
    {
        IReadOnlyList<KeptEvent> kept;
        try
        {
            kept = await inbox.ClaimUnhandled(BatchSize, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogClaimFailed(logger, ex.GetType().Name, ex.Message);
            return;
        }

        foreach (var item in kept)
        {
            var envelope = EventEnvelope.Parse(System.Text.Encoding.UTF8.GetBytes(item.Body));
            if (envelope is not { IsSuccess: true, Value.Callback: { } callback })
            {
                await inbox.Complete(item.EventId, stoppingToken); // nothing to answer
                continue;
            }
            LogTakingUp(logger, callback.EventId, callback.EventType, item.ReceivedAt);
            Task Work(CancellationToken ct) => dispatcher.HandleEvent(callback, ct);
            if (!queue.TryEnqueue($"kept event {callback.EventId} ({callback.EventType})", Work))
                await Work(stoppingToken); // the queue is full: handle it here rather than hold the claim idle
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The shutdown timeout may have run out already: the release gets its own short budget.
        using var budget = new CancellationTokenSource(ReleaseBudget);
        try
        {
            await inbox.ReleaseHeld(budget.Token);
        }
        catch (Exception ex)
        {
            // The claims lapse after the lease instead; the events are still answered, a little later.
            LogReleaseFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not look for kept Slack events: {ErrorType}: {Error}")]
    private static partial void LogClaimFailed(ILogger logger, string errorType, string error);

    [LoggerMessage(LogLevel.Information, "Answering kept Slack event {EventId} ({EventType}) received at {ReceivedAt:o}")]
    private static partial void LogTakingUp(ILogger logger, string eventId, string eventType, DateTimeOffset receivedAt);

    [LoggerMessage(LogLevel.Warning, "Could not give back unfinished Slack events at shutdown ({ErrorType}: {Error}); they are taken up once their claim lapses")]
    private static partial void LogReleaseFailed(ILogger logger, string errorType, string error);
}
