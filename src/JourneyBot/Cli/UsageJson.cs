using JourneyBot.Core.Usage;

namespace JourneyBot.Cli;

/// <summary>The <c>usage</c> object of <c>digest preview --json</c>: its three lists, each item with owner and counts.</summary>
public static class UsageJson
{
    public static object? Of(DigestUsage? usage) => usage is null ? null : new
    {
        window_days = usage.WindowDays,
        most_opened = usage.MostOpened.Select(Line),
        offered_never_opened = usage.OfferedNeverOpened.Select(Line),
        never_offered = usage.NeverOffered.Select(Line),
    };

    private static object Line(UsageLine l) => new
    {
        title = l.Item.Title, url = l.Item.Url, owner = l.Item.Owner,
        offered = l.Totals.Offered, opened = l.Totals.Opened, channels = l.Totals.Channels,
    };
}
