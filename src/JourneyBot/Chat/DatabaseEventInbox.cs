using System.Collections.Concurrent;
using JourneyBot.Core.Catalog;
using JourneyBot.Slack.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JourneyBot.Chat;

/// <summary>
/// The Slack event inbox in the catalog database: survives restarts and is shared by every instance on it. The
/// primary key dedupes (only an insert the key refused means "seen"; any other failure refuses the delivery), and a
/// claim with a lease decides which process answers a kept event.
/// </summary>
public sealed partial class DatabaseEventInbox(
    IDbContextFactory<CatalogDbContext> contexts,
    TimeProvider clock,
    IOptions<EventInboxOptions> options,
    ILogger<DatabaseEventInbox> logger) : IEventInbox
{
    /// <summary>Handled events are kept this long as dedupe records; Slack retries for minutes, not days.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, bool> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unrecorded = new(StringComparer.Ordinal); // answered, not yet marked
    private DateTime _tidiedAt = DateTime.MinValue;

    public async Task<InboxAdmission> Admit(string eventId, string body, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
            // The key decides: a repeat inserts nothing (no failed insert, so no error logged for an ordinary retry).
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "SlackInbox" ("EventId", "Body", "ReceivedAt", "ClaimedBy", "ClaimedAt")
                VALUES ({eventId}, {body}, {now}, {_instance}, {now})
                ON CONFLICT ("EventId") DO NOTHING
                """, cancellationToken);
            if (inserted == 0) return InboxAdmission.Repeat;
            _held[eventId] = true;
            return InboxAdmission.New;
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            LogUnavailable(logger, "keep", eventId, e.Message);
            return InboxAdmission.Unavailable;
        }
    }

    public async Task Complete(string eventId, CancellationToken cancellationToken)
    {
        // Answered: never given back at shutdown, even if recording it fails now (then it is retried before every drain).
        _held.TryRemove(eventId, out _);
        try
        {
            await MarkHandledAsync(eventId, cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            _unrecorded[eventId] = true;
            throw;
        }
    }

    private async Task MarkHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Inbox.Where(e => e.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.HandledAt, now), cancellationToken);
        _unrecorded.TryRemove(eventId, out _);
    }

    public async Task Forget(string eventId, CancellationToken cancellationToken)
    {
        _held.TryRemove(eventId, out _);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Inbox.Where(e => e.EventId == eventId && e.HandledAt == null && e.ClaimedBy == _instance).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KeptEvent>> ClaimUnhandled(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lapsed = now - options.Value.ClaimLease;
        var oldest = now - TimeSpan.FromMinutes(options.Value.MaxAgeMinutes);
        foreach (var answered in _unrecorded.Keys)
            await MarkHandledAsync(answered, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await TidyAsync(db, now, oldest, cancellationToken);

        var candidates = await db.Inbox.AsNoTracking()
            .Where(e => e.HandledAt == null && e.ReceivedAt >= oldest && (e.ClaimedAt == null || e.ClaimedAt < lapsed))
            .OrderBy(e => e.ReceivedAt)
            .Take(max)
            .Select(e => new { e.EventId, e.Body, e.ReceivedAt })
            .ToListAsync(cancellationToken);
        var claimed = new List<KeptEvent>();
        foreach (var candidate in candidates)
        {
            // A conditional update: of several instances looking at once, exactly one takes each event.
            var taken = await db.Inbox
                .Where(e => e.EventId == candidate.EventId && e.HandledAt == null && (e.ClaimedAt == null || e.ClaimedAt < lapsed))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, _instance).SetProperty(e => e.ClaimedAt, now), cancellationToken);
            if (taken != 1) continue;
            _held[candidate.EventId] = true;
            claimed.Add(new KeptEvent(candidate.EventId, candidate.Body, new DateTimeOffset(candidate.ReceivedAt, TimeSpan.Zero)));
        }
        return claimed;
    }

    public async Task ReleaseHeld(CancellationToken cancellationToken)
    {
        var held = _held.Keys.ToList();
        if (held.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var released = await db.Inbox
            .Where(e => held.Contains(e.EventId) && e.HandledAt == null && e.ClaimedBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedAt, (DateTime?)null), cancellationToken);
        _held.Clear();
        if (released > 0) LogReleased(logger, released);
    }

    // Once an hour: events too old to answer are logged and closed; old dedupe records are deleted.
    private async Task TidyAsync(CatalogDbContext db, DateTime now, DateTime oldest, CancellationToken cancellationToken)
    {
        if (now - _tidiedAt < TimeSpan.FromHours(1)) return;
        _tidiedAt = now;
        var cold = await db.Inbox.Where(e => e.HandledAt == null && e.ReceivedAt < oldest)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.HandledAt, now), cancellationToken);
        if (cold > 0) LogGaveUp(logger, cold, options.Value.MaxAgeMinutes);
        var expired = now - Retention;
        await db.Inbox.Where(e => e.HandledAt != null && e.HandledAt < expired).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Slack event inbox could not {Action} event {EventId}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string action, string eventId, string reason);

    [LoggerMessage(LogLevel.Information, "Gave back {Count} unfinished Slack event(s) for the next start")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "{Count} kept Slack event(s) older than {Minutes} min were not answered and are closed")]
    private static partial void LogGaveUp(ILogger logger, int count, int minutes);
}
