using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Usage;

/// <summary>One item in a usage list, with its counts over the list's span.</summary>
public sealed record UsageLine(CollateralItem Item, UsageTotals Totals);

/// <summary>
/// The digest's usage section: the most opened items of the last 7 days, items offered but never opened in
/// <see cref="UsageReport.WindowDays"/> days, and items never offered in that window (older than it, so new ones are not called unused).
/// Counts are kept per ISO week, so "the last N days" starts at the beginning of the week N days ago.
/// </summary>
public sealed record DigestUsage(
    IReadOnlyList<UsageLine> MostOpened,
    IReadOnlyList<UsageLine> OfferedNeverOpened,
    IReadOnlyList<UsageLine> NeverOffered,
    int WindowDays)
{
    public const int MaxLines = 5;

    public bool IsEmpty => MostOpened.Count == 0 && OfferedNeverOpened.Count == 0 && NeverOffered.Count == 0;

    /// <summary>The section for the items in <paramref name="scope"/> (null: all), from 7-day and 90-day totals.</summary>
    public static DigestUsage Build(
        CatalogSnapshot catalog, IReadOnlySet<string>? scope, IReadOnlyDictionary<int, UsageTotals> week,
        IReadOnlyDictionary<int, UsageTotals> window, DateTime now)
    {
        var items = catalog.Items.Where(i => !i.IsRetired && (scope is null || i.UseCases.Any(scope.Contains))).ToList();
        UsageTotals Of(IReadOnlyDictionary<int, UsageTotals> totals, CollateralItem i) => totals.GetValueOrDefault(i.Id) ?? UsageTotals.None;

        var mostOpened = items.Select(i => new UsageLine(i, Of(week, i))).Where(l => l.Totals.Opened > 0)
            .OrderByDescending(l => l.Totals.Opened).ThenBy(l => l.Item.Id).Take(MaxLines).ToList();
        var neverOpened = items.Select(i => new UsageLine(i, Of(window, i))).Where(l => l.Totals is { Offered: > 0, Opened: 0 })
            .OrderByDescending(l => l.Totals.Offered).ThenBy(l => l.Item.Id).Take(MaxLines).ToList();
        var windowStart = now.AddDays(-UsageReport.WindowDays);
        var neverOffered = items.Where(i => i.AddedAt <= windowStart).Select(i => new UsageLine(i, Of(window, i)))
            .Where(l => l.Totals.Offered == 0)
            .OrderBy(l => l.Item.AddedAt).ThenBy(l => l.Item.Id).Take(MaxLines).ToList();
        return new DigestUsage(mostOpened, neverOpened, neverOffered, UsageReport.WindowDays);
    }
}
