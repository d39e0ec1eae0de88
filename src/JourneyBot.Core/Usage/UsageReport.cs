using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Usage;

/// <summary>An item's counts summed over a span of weeks; <see cref="Channels"/>: distinct channels it was shown or opened in.</summary>
public sealed record UsageTotals(int ItemId, int Offered, int Opened, int Channels, DateTime? LastOfferedAt, DateTime? LastOpenedAt)
{
    public static readonly UsageTotals None = new(0, 0, 0, 0, null, null);
}

/// <summary>Reads the usage counts: per item since a week, for the digest, App Home and <c>catalog usage</c>.</summary>
public sealed class UsageReport(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock)
{
    /// <summary>The window of "never opened" and "never offered" (the digest's and App Home's).</summary>
    public const int WindowDays = 90;

    /// <summary>
    /// How long one read serves further digests: a Monday fan-out builds hundreds within minutes (as
    /// <see cref="Digests.DigestBuilder.LogReuse"/> does for the query log).
    /// </summary>
    public static readonly TimeSpan Reuse = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTime ReadAt, IReadOnlyDictionary<int, UsageTotals> Totals)> _recent = [];

    /// <summary>Each item's totals from the ISO week of <paramref name="since"/> on (all weeks when null).</summary>
    public async Task<IReadOnlyDictionary<int, UsageTotals>> TotalsSinceAsync(DateOnly? since, CancellationToken cancellationToken)
    {
        var week = since is { } day ? UsageWeek.Of(day) : "";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<ItemUsage>().AsNoTracking().Where(u => string.Compare(u.Week, week) >= 0);
        var sums = await rows.GroupBy(u => u.CollateralId)
            .Select(g => new
            {
                Id = g.Key, Offered = g.Sum(u => u.Offered), Opened = g.Sum(u => u.Opened),
                LastOffered = g.Max(u => u.LastOfferedAt), LastOpened = g.Max(u => u.LastOpenedAt),
            })
            .ToListAsync(cancellationToken);
        // Channels per item: one row per (item, channel) pair, counted here (an empty channel is App Home, not a channel).
        var channels = await rows.Where(u => u.ChannelId != "").Select(u => new { u.CollateralId, u.ChannelId }).Distinct()
            .GroupBy(u => u.CollateralId).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Id, c => c.Count, cancellationToken);
        return sums.ToDictionary(s => s.Id, s => new UsageTotals(
            s.Id, s.Offered, s.Opened, channels.GetValueOrDefault(s.Id), AsUtc(s.LastOffered), AsUtc(s.LastOpened)));
    }

    /// <summary>Totals since <paramref name="days"/> ago, read at most once per <see cref="Reuse"/>.</summary>
    public async Task<IReadOnlyDictionary<int, UsageTotals>> RecentAsync(int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = DateOnly.FromDateTime(now.AddDays(-days));
        var key = UsageWeek.Of(since);
        lock (_gate)
        {
            if (_recent.TryGetValue(key, out var recent) && now >= recent.ReadAt && now - recent.ReadAt < Reuse) return recent.Totals;
        }
        var totals = await TotalsSinceAsync(since, cancellationToken);
        lock (_gate) _recent[key] = (now, totals);
        return totals;
    }

    // SQLite gives back DateTime of unspecified kind; every time stored is UTC.
    private static DateTime? AsUtc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
