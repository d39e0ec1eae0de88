using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Reviews;

/// <summary>
/// The review rule in one place: an active item is due when it was last confirmed (the later of its update and its
/// owner's last review) more than <see cref="Days"/> days before <see cref="Today"/>.
/// </summary>
public sealed record ReviewDue(DateOnly Today, int Days)
{
    public DateOnly DueBefore => Today.AddDays(-Days);

    public bool IsDue(CollateralItem item) => !item.IsRetired && item.ConfirmedOn < DueBefore;

    /// <summary>The catalog's items due, longest unconfirmed first.</summary>
    public IReadOnlyList<CollateralItem> DueItems(CatalogSnapshot catalog) =>
        [.. catalog.Items.Where(IsDue).OrderBy(i => i.ConfirmedOn).ThenBy(i => i.Id)];

    public static ReviewDue At(DateTimeOffset now, int days) => new(DateOnly.FromDateTime(now.UtcDateTime), days);
}
