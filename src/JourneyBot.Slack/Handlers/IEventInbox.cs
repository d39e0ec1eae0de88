namespace JourneyBot.Slack.Handlers;

/// <summary>What became of an event offered to the inbox before Slack is acknowledged.</summary>
public enum InboxAdmission
{
    /// <summary>Kept: acknowledge, then handle it.</summary>
    New,

    /// <summary>Already kept (Slack retried, or another instance has it): acknowledge and do nothing.</summary>
    Repeat,

    /// <summary>It could not be kept (the store is down or busy): refuse the delivery so Slack retries it.</summary>
    Unavailable,
}

/// <summary>An event kept in the inbox and not handled yet, claimed by this process to handle now.</summary>
public sealed record KeptEvent(string EventId, string Body, DateTimeOffset ReceivedAt);

/// <summary>
/// Events API deliveries between the ack and the answer. An event is kept before it is acknowledged and marked
/// handled once answered, so nothing Slack was told we received is lost to a restart or a crash, and Slack's
/// retries are handled once. The in-memory default dedupes within one process only; a host that must survive
/// restarts or run several instances registers a durable one.
/// </summary>
public interface IEventInbox
{
    Task<InboxAdmission> Admit(string eventId, string body, CancellationToken cancellationToken);

    /// <summary>The event was answered (or its handlers gave up on it): it is never handled again.</summary>
    Task Complete(string eventId, CancellationToken cancellationToken);

    /// <summary>Takes an admitted event back (it could not be queued and the delivery is refused): Slack's retry is new.</summary>
    Task Forget(string eventId, CancellationToken cancellationToken);

    /// <summary>Events kept but handled by nobody (given back at a shutdown, or claimed by a process that died), now claimed by this one.</summary>
    Task<IReadOnlyList<KeptEvent>> ClaimUnhandled(int max, CancellationToken cancellationToken);

    /// <summary>At shutdown: gives back the events this process holds but did not finish, for the next start to handle at once.</summary>
    Task ReleaseHeld(CancellationToken cancellationToken);
}

/// <summary>Dedupes event ids for an hour (Slack's last retry comes after about five minutes); keeps nothing across restarts.</summary>
public sealed class InMemoryEventInbox(TimeProvider timeProvider) : IEventInbox
{
    private readonly InMemoryEventDeduplicator _seen = new(timeProvider);

    public async Task<InboxAdmission> Admit(string eventId, string body, CancellationToken cancellationToken) =>
        await _seen.TryMarkSeen(eventId, cancellationToken) ? InboxAdmission.New : InboxAdmission.Repeat;

    public Task Complete(string eventId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task Forget(string eventId, CancellationToken cancellationToken)
    {
        _seen.Forget(eventId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KeptEvent>> ClaimUnhandled(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KeptEvent>>([]);

    public Task ReleaseHeld(CancellationToken cancellationToken) => Task.CompletedTask;
}
