namespace JourneyBot.Slack.AspNetCore;

/// <summary>
/// Lets one refused-request warning per source through per <see cref="Window"/> and counts the rest, so a
/// flood of unsigned requests costs a log line a minute, not a line a request. Thread-safe.
/// </summary>
internal sealed class RejectionLogLimiter(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Bounds the memory a spray of source addresses can take; past it, every new source shares one entry.
    internal const int MaxSources = 10_000;
    private const string Overflow = "(other sources)";

    private readonly Dictionary<string, Entry> _sources = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True when this refusal should be logged; <paramref name="suppressed"/> is how many were not since the last one.</summary>
    public bool ShouldLog(string source, out int suppressed)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_sources.ContainsKey(source) && _sources.Count >= MaxSources)
            {
                foreach (var stale in _sources.Where(s => now - s.Value.Since >= Window).Select(s => s.Key).ToList())
                    _sources.Remove(stale);
                if (_sources.Count >= MaxSources) source = Overflow;
            }
            if (_sources.TryGetValue(source, out var entry) && now - entry.Since < Window)
            {
                entry.Suppressed++;
                suppressed = 0;
                return false;
            }
            suppressed = entry?.Suppressed ?? 0;
            _sources[source] = new Entry { Since = now };
            return true;
        }
    }

    private sealed class Entry
    {
        public DateTimeOffset Since { get; init; }
        public int Suppressed { get; set; }
    }
}
