using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Usage;

/// <summary>
/// Counts items offered and opened in Slack. Off the request path: a count is a dictionary increment under a short
/// lock, and <see cref="UsageWriter"/> adds what has gathered to the database in one transaction per flush. A flush the
/// database refuses puts its counts back, to be retried with the next one. What a crash loses: the counts gathered
/// since the last flush (at most <see cref="UsageOptions.FlushSeconds"/> worth); a clean shutdown flushes first.
/// </summary>
public sealed partial class UsageCounter(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<UsageCounter> logger)
{
    /// <summary>Distinct (item, week, channel) keys held while the database is away; past it new keys are dropped.</summary>
    public const int Capacity = 100_000;

    private readonly record struct Key(int ItemId, string Week, string ChannelId);

    private sealed class Tally
    {
        public int Offered;
        public int Opened;
        public DateTime? LastOfferedAt;
        public DateTime? LastOpenedAt;
    }

    private readonly Lock _gate = new();
    private Dictionary<Key, Tally> _pending = [];

    /// <summary>The items an answer showed in <paramref name="channelId"/>.</summary>
    public void Offered(IReadOnlyCollection<int> itemIds, string? channelId)
    {
        if (itemIds.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeekOf(now);
        lock (_gate)
        {
            foreach (var id in itemIds)
            {
                if (TallyFor(new Key(id, week, Channel(channelId))) is not { } tally) return;
                tally.Offered++;
                tally.LastOfferedAt = now;
            }
        }
    }

    /// <summary>Someone clicked an item's link button.</summary>
    public void Opened(int itemId, string? channelId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            if (TallyFor(new Key(itemId, WeekOf(now), Channel(channelId))) is not { } tally) return;
            tally.Opened++;
            tally.LastOpenedAt = now;
        }
    }

    private sealed record DayWeek(DateOnly Day, string Week);

    private DayWeek? _today;

    // Every answer counts: the week's key is made once a day, not once per answer.
    private string WeekOf(DateTime now)
    {
        var day = DateOnly.FromDateTime(now);
        if (_today is { } today && today.Day == day) return today.Week;
        var fresh = new DayWeek(day, UsageWeek.Of(now));
        _today = fresh; // racing threads write equal values; either may stay
        return fresh.Week;
    }

    // Slack's ids are about 11 characters; anything past the column's 32 would fail every later flush, so it is not a channel.
    private static string Channel(string? id) => id is { Length: <= 32 } ? id : "";

    private Tally? TallyFor(Key key)
    {
        if (_pending.TryGetValue(key, out var tally)) return tally;
        if (_pending.Count >= Capacity)
        {
            LogFull(logger, Capacity);
            return null;
        }
        return _pending[key] = new Tally();
    }

    /// <summary>True when counts are waiting for a flush.</summary>
    public bool HasPending
    {
        get { lock (_gate) return _pending.Count > 0; }
    }

    /// <summary>Adds the gathered counts to the database. False when it refused: they are kept for the next flush.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        Dictionary<Key, Tally> batch;
        lock (_gate)
        {
            if (_pending.Count == 0) return true;
            (batch, _pending) = (_pending, []);
        }
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (key, t) in batch)
            {
                // One upsert per key: adding in the database (not read, add, write) keeps two instances' counts both.
                // The same statement runs on SQLite and PostgreSQL.
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ItemUsage" ("CollateralId", "Week", "ChannelId", "Offered", "Opened", "LastOfferedAt", "LastOpenedAt")
                    VALUES ({key.ItemId}, {key.Week}, {key.ChannelId}, {t.Offered}, {t.Opened}, {t.LastOfferedAt}, {t.LastOpenedAt})
                    ON CONFLICT ("CollateralId", "Week", "ChannelId") DO UPDATE SET
                        "Offered" = "ItemUsage"."Offered" + excluded."Offered",
                        "Opened" = "ItemUsage"."Opened" + excluded."Opened",
                        "LastOfferedAt" = COALESCE(excluded."LastOfferedAt", "ItemUsage"."LastOfferedAt"),
                        "LastOpenedAt" = COALESCE(excluded."LastOpenedAt", "ItemUsage"."LastOpenedAt")
                    """, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e) || e is OperationCanceledException)
        {
            LogNotWritten(logger, batch.Count, e.Message);
            PutBack(batch);
            if (e is OperationCanceledException) throw;
            return false;
        }
    }

    private void PutBack(Dictionary<Key, Tally> batch)
    {
        lock (_gate)
        {
            foreach (var (key, t) in batch)
            {
                if (TallyFor(key) is not { } tally) return;
                tally.Offered += t.Offered;
                tally.Opened += t.Opened;
                tally.LastOfferedAt = Later(tally.LastOfferedAt, t.LastOfferedAt);
                tally.LastOpenedAt = Later(tally.LastOpenedAt, t.LastOpenedAt);
            }
        }
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    [LoggerMessage(LogLevel.Warning, "Usage counts are waiting for the database ({Capacity} items x channels); a count was not recorded")]
    private static partial void LogFull(ILogger logger, int capacity);

    [LoggerMessage(LogLevel.Warning, "Could not write {Count} usage counts yet ({Reason}); they are kept and retried with the next flush")]
    private static partial void LogNotWritten(ILogger logger, int count, string reason);
}
