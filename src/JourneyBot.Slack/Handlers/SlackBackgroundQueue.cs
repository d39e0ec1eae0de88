using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Handlers;

/// <summary>
/// Work that runs after Slack has been acknowledged (events, block actions, a host's follow-ups such as a model's
/// answer). Bounded, so a flood is refused instead of exhausting memory; drained at shutdown; every failure logged.
/// The one way to run Slack work in the background: nothing is started with a bare <c>Task.Run</c>.
/// </summary>
public sealed class SlackBackgroundQueue
{
    public const int Capacity = 1000;

    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    internal ChannelReader<WorkItem> Reader => _channel.Reader;

    /// <returns>false when the queue is full; the caller should refuse the delivery so Slack retries it.</returns>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work) =>
        _channel.Writer.TryWrite(new WorkItem(description, work));

    /// <summary>Takes no more work; what is queued still runs.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    internal sealed record WorkItem(string Description, Func<CancellationToken, Task> Work);
}

/// <summary>
/// Drains <see cref="SlackBackgroundQueue"/> with a few items in flight at once. On shutdown it finishes what
/// Slack was already told we would do, until the host's shutdown timeout runs out.
/// </summary>
internal sealed partial class SlackBackgroundWorker(SlackBackgroundQueue queue, ILogger<SlackBackgroundWorker> logger) : BackgroundService
{
    private const int Concurrency = 4;
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is null) return;
        await Task.WhenAny(ExecuteTask, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        if (!ExecuteTask.IsCompleted)
        {
            LogShutdownCut(logger);
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reading ends when the queue is completed at shutdown, not when stopping starts: queued work still runs.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = _abort.Token };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(_abort.Token), parallel, async (item, ct) =>
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
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // The shutdown timeout ran out: whatever is still queued was acknowledged but is dropped.
        }
    }

    [LoggerMessage(LogLevel.Warning, "Shutdown timeout reached with Slack work still queued; the rest is dropped")]
    private static partial void LogShutdownCut(ILogger logger);

    [LoggerMessage(LogLevel.Error, "Slack background work failed: {Work}")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string work);
}
