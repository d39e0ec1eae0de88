using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Handlers;

/// <summary>
/// Work that runs after Slack has been acknowledged (events, block actions). Bounded, so a flood of
/// deliveries is refused (and retried by Slack later) instead of exhausting memory.
/// </summary>
internal sealed class SlackBackgroundQueue
{
    public const int Capacity = 1000;

    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    public ChannelReader<WorkItem> Reader => _channel.Reader;

    /// <returns>false when the queue is full; the caller should refuse the delivery so Slack retries it.</returns>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work) =>
        _channel.Writer.TryWrite(new WorkItem(description, work));

    internal sealed record WorkItem(string Description, Func<CancellationToken, Task> Work);
}

/// <summary>Drains <see cref="SlackBackgroundQueue"/> with a few items in flight at once.</summary>
internal sealed partial class SlackBackgroundWorker(SlackBackgroundQueue queue, ILogger<SlackBackgroundWorker> logger) : BackgroundService
{
    private const int Concurrency = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), parallel, async (item, ct) =>
            {
                try
                {
                    await item.Work(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    LogWorkFailed(logger, ex, item.Description);
                }
            });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever is still queued was acknowledged but is dropped.
        }
    }

    [LoggerMessage(LogLevel.Error, "Slack background work failed: {Work}")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string work);
}
