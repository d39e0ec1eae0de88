using System.Globalization;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Reviews;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Reviews;

/// <summary>
/// The weekly owner review DM: each item due with Still current / Update link / Retire. Redrawn after a press from
/// the items' state now, so an item confirmed or retired shows its outcome in place of its buttons.
/// </summary>
public static class ReviewMessages
{
    public const string ConfirmActionId = "review_current";
    public const string UpdateActionId = "review_update";
    public const string RetireActionId = "review_retire";

    /// <summary>Slack allows 50 blocks a message; each item takes two, so the rest wait for next week's DM.</summary>
    public const int MaxItems = 20;

    public static SlackMessage Build(IReadOnlyList<CollateralItem> items, ReviewDue due)
    {
        var shown = items.Take(MaxItems).ToList();
        var blocks = new List<Block>
        {
            Kit.Header("Is your collateral still current?"),
            Kit.Section(string.Create(CultureInfo.InvariantCulture,
                $"You own {Count(items.Count)} not confirmed for {due.Days} days. One click each: *Still current*, *Update link* or *Retire* (retired items are kept, never offered).")),
        };
        foreach (var item in shown)
        {
            blocks.Add(Kit.Section(Describe(item)));
            blocks.Add(Outcome(item, due) is { } outcome
                ? Kit.Context(outcome)
                : new ActionsBlock
                {
                    BlockId = "review:" + Id(item),
                    Elements =
                    [
                        Button(ConfirmActionId, "Still current", item, ButtonStyle.Primary),
                        Button(UpdateActionId, "Update link", item, null),
                        Button(RetireActionId, "Retire", item, ButtonStyle.Danger),
                    ],
                });
        }
        var more = items.Count - shown.Count;
        blocks.Add(Kit.Context((more > 0 ? string.Create(CultureInfo.InvariantCulture, $"{more} more are due; they come in next week's message. ") : "")
            + "You get this at most once a week. Pause it from my App Home."));
        return new SlackMessage { Text = $"Review your collateral: {Count(items.Count)} due", Blocks = blocks, UnfurlLinks = false };
    }

    /// <summary>What became of an item since the DM was sent; null while it is still due (its buttons stay).</summary>
    private static string? Outcome(CollateralItem item, ReviewDue due) =>
        item.RetiredOn is { } retired ? $":wastebasket: Retired on {retired:yyyy-MM-dd}: no longer offered."
        : !due.IsDue(item) ? $":white_check_mark: Confirmed current on {item.ConfirmedOn:yyyy-MM-dd}."
        : null;

    private static string Describe(CollateralItem item) =>
        Mrkdwn.Link(item.Url, BlockKitLimits.Truncate(item.Title, 150)) + "\n"
        + Kit.Dotted(item.Type is null ? null : Kit.Escape(item.Type), $"last confirmed {item.ConfirmedOn:yyyy-MM-dd}",
            item.Owner is null ? null : "owner " + Kit.Escape(item.Owner));

    private static Button Button(string actionId, string label, CollateralItem item, ButtonStyle? style) =>
        new() { ActionId = actionId, Text = new PlainText(label), Value = Id(item), Style = style };

    private static string Id(CollateralItem item) => item.Id.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n) => n == 1 ? "1 item" : string.Create(CultureInfo.InvariantCulture, $"{n} items");
}
