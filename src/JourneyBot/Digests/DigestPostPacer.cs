using Microsoft.Extensions.Options;

namespace JourneyBot.Digests;

/// <summary>
/// Spaces digest posts process-wide: at most one per channel per <see cref="JobsOptions.ChannelPostIntervalMilliseconds"/>
/// and <see cref="JobsOptions.WorkspacePostsPerMinute"/> in all, evenly spread, so a Monday-09:00 fan-out to many
/// channels does not run into Slack's limits. A 429 that still happens is waited out by the Slack client.
/// </summary>
public sealed class DigestPostPacer(IOptions<JobsOptions> options, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _nextPerChannel = new(StringComparer.Ordinal);
    private DateTimeOffset _nextInWorkspace = DateTimeOffset.MinValue;

    /// <summary>Waits for this channel's next turn and takes it.</summary>
    public async Task WaitTurnAsync(string channelId, CancellationToken cancellationToken)
    {
        var wait = Reserve(channelId);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
    }

    /// <summary>Books the earliest slot for the channel and says how long until it.</summary>
    public TimeSpan Reserve(string channelId)
    {
        var jobs = options.Value;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var slot = now;
            if (_nextPerChannel.TryGetValue(channelId, out var channelNext) && channelNext > slot) slot = channelNext;
            if (_nextInWorkspace > slot) slot = _nextInWorkspace;
            _nextPerChannel[channelId] = slot + TimeSpan.FromMilliseconds(jobs.ChannelPostIntervalMilliseconds);
            _nextInWorkspace = slot + TimeSpan.FromMinutes(1) / jobs.WorkspacePostsPerMinute;
            if (_nextPerChannel.Count > 10_000)
            {
                foreach (var past in _nextPerChannel.Where(p => p.Value < now).Select(p => p.Key).ToList()) _nextPerChannel.Remove(past);
            }
            return slot - now;
        }
    }
}
