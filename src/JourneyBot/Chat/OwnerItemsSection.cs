using System.Globalization;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Chat;

/// <summary>
/// App Home for an owner: their items with how often each was offered and opened, and in how many channels, over the
/// last <see cref="UsageReport.WindowDays"/> days. Owner match is simple on purpose: the item's owner text is
/// <c>&lt;@USERID&gt;</c> or contains the user id (emails and teams are resolved by the owner directory, not here).
/// </summary>
public sealed class OwnerItemsSection(UsageReport usage)
{
    public const int MaxItems = 10;

    public async Task<IReadOnlyList<Block>> BlocksAsync(CatalogSnapshot catalog, string userId, CancellationToken cancellationToken)
    {
        var mine = catalog.Items.Where(i => IsOwner(i.Owner, userId)).ToList();
        if (mine.Count == 0) return [];
        var totals = await usage.RecentAsync(UsageReport.WindowDays, cancellationToken);
        var lines = mine.Select(i => (Item: i, Totals: totals.GetValueOrDefault(i.Id) ?? UsageTotals.None))
            .OrderByDescending(l => l.Totals.Opened).ThenByDescending(l => l.Totals.Offered).ThenBy(l => l.Item.Id)
            .Take(MaxItems).ToList();
        var blocks = new List<Block>
        {
            new DividerBlock(),
            Kit.Section(string.Create(CultureInfo.InvariantCulture,
                $"*Your collateral* ({lines.Count} of {mine.Count}, most opened first; counts over the last {UsageReport.WindowDays} days)")),
        };
        foreach (var (item, t) in lines)
        {
            var counts = string.Create(CultureInfo.InvariantCulture,
                $"offered {t.Offered}× · opened {t.Opened}× · {t.Channels} channel{(t.Channels == 1 ? "" : "s")}");
            var open = ItemButtons.Open(item);
            blocks.Add(Kit.Section($"*{ItemButtons.Title(item, open, maxLength: 150)}*\n{counts}") with { Accessory = open });
        }
        return blocks;
    }

    public static bool IsOwner(string? owner, string userId) =>
        owner is not null && userId.Length > 0 && (owner == $"<@{userId}>" || owner.Contains(userId, StringComparison.Ordinal));
}
