using System.Globalization;

namespace JourneyBot.Core.Usage;

/// <summary>
/// How often one item was offered and opened in one channel in one ISO week (UTC). Per item and week the digest and
/// the export sum these rows and count their channels; nobody's user id is kept (the audit log is the only per-user record).
/// </summary>
/// <remarks>
/// No foreign key to the item: counts are written in batches off the request path, and an item removed by an import
/// between a click and the flush must not fail the whole batch. Readers join with the catalog copy, so rows of a
/// removed item are simply never shown.
/// </remarks>
public sealed class ItemUsage
{
    public int CollateralId { get; set; }

    /// <summary>The ISO week, <c>2026-W48</c>, in UTC.</summary>
    public required string Week { get; set; }

    /// <summary>Where it was shown or opened; empty when not in a channel (App Home).</summary>
    public required string ChannelId { get; set; }

    public int Offered { get; set; }
    public int Opened { get; set; }
    public DateTime? LastOfferedAt { get; set; }
    public DateTime? LastOpenedAt { get; set; }
}

/// <summary>The ISO week keys usage is counted in; they sort as text, so "since a week" is a string comparison.</summary>
public static class UsageWeek
{
    public static string Of(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}");

    public static string Of(DateOnly day) => Of(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}
