using System.Collections.Concurrent;

namespace JourneyBot.Owners;

/// <summary>
/// Look-ups remembered until they expire, on the injected clock. Bounded: owners are a catalog's few hundred, but
/// owner text is anyone's, so past <see cref="MaxEntries"/> expired entries are dropped, and if that is not enough, all.
/// </summary>
internal sealed class ExpiringCache<TValue>(TimeProvider clock)
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(string key, TValue value, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= MaxEntries)
        {
            foreach (var (k, e) in _entries)
                if (e.Expires <= now) _entries.TryRemove(k, out _);
            if (_entries.Count >= MaxEntries) _entries.Clear();
        }
        _entries[key] = (value, now + lifetime);
    }
}
