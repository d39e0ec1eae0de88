using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// The freshness rule in one place: an item is stale when it was last updated more than <see cref="Days"/> days
/// before <see cref="Today"/>. Answers carry it, so renderers mark stale items without reading the clock.
/// </summary>
public sealed record Freshness(DateOnly Today, int Days)
{
    /// <summary>Items updated before this date are stale.</summary>
    public DateOnly StaleBefore => Today.AddDays(-Days);

    public bool IsStale(CollateralItem item) => item.UpdatedOn < StaleBefore;

    /// <summary>The window on the UTC date of <paramref name="now"/>.</summary>
    public static Freshness At(DateTimeOffset now, int days) => new(DateOnly.FromDateTime(now.UtcDateTime), days);
}

/// <summary>Today's <see cref="Freshness"/>: the injected clock's date and <c>Catalog:FreshnessDays</c>.</summary>
public sealed class FreshnessClock(IOptions<CatalogOptions> options, TimeProvider clock)
{
    public Freshness Now() => Freshness.At(clock.GetUtcNow(), options.Value.FreshnessDays);
}
