using System.Globalization;
using JourneyBot.Core.Catalog;

namespace JourneyBot.Messages;

/// <summary>
/// How every renderer marks an item older than the freshness window. A pure function of the item and the answer's
/// <see cref="Freshness"/> (never the clock), so a rendered item depends on nothing else. The sign is a plain
/// character rather than an emoji code so the terminal text keeps it.
/// </summary>
public static class StaleMark
{
    /// <summary>"⚠ stale: updated 2024-03-01" for a stale item; null for a fresh one.</summary>
    public static string? For(CollateralItem item, Freshness freshness) => freshness.IsStale(item) ? Text(item) : null;

    /// <summary>The mark of <paramref name="item"/> when it is stale: "⚠ stale: updated 2024-03-01".</summary>
    public static string Text(CollateralItem item) => string.Create(CultureInfo.InvariantCulture, $"⚠ stale: updated {item.UpdatedOn:yyyy-MM-dd}");

    /// <summary>" · ⚠ stale: updated 2024-03-01" to append to an item's line; empty for a fresh item.</summary>
    public static string Suffix(CollateralItem item, Freshness freshness) => For(item, freshness) is { } mark ? " · " + mark : "";
}
