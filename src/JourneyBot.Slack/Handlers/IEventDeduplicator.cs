namespace JourneyBot.Slack.Handlers;

/// <summary>
/// Remembers Socket Mode <c>envelope_id</c>s so a retried slash command or interaction is handled once (events are
/// deduped by <see cref="IEventInbox"/>). Resolved per delivery, so a scoped implementation is fine.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>Records <paramref name="id"/>; true the first time it is seen, false for a repeat.</summary>
    ValueTask<bool> TryMarkSeen(string id, CancellationToken cancellationToken);
}

/// <summary>Keeps ids for an hour (Slack's last retry comes after about five minutes).</summary>
public sealed class InMemoryEventDeduplicator(TimeProvider timeProvider) : IEventDeduplicator
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();

    public ValueTask<bool> TryMarkSeen(string id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && now - oldest.At > Retention)
            {
                _order.Dequeue();
                if (_seen.TryGetValue(oldest.Id, out var at) && at == oldest.At) // not forgotten and seen again since
                    _seen.Remove(oldest.Id);
            }

            if (!_seen.TryAdd(id, now))
                return ValueTask.FromResult(false);
            _order.Enqueue((id, now));
            return ValueTask.FromResult(true);
        }
    }

    /// <summary>Forgets <paramref name="id"/>, so its next delivery is new again.</summary>
    public void Forget(string id)
    {
        lock (_lock) _seen.Remove(id);
    }
}
