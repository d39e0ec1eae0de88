using System.Globalization;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Messages;

/// <summary>
/// The "Open" link button every shown item carries: Slack opens the URL in the browser and also sends the bot a
/// block action (<see cref="OpenActionId"/>, the item id as value), which is how an open is counted. And which items
/// an answer shows, for counting them as offered.
/// </summary>
public static class ItemButtons
{
    public const string OpenActionId = "open_item";

    /// <summary>Slack's limit on a button's URL; a longer one keeps only the linked title.</summary>
    public const int MaxUrl = 3000;

    public static Button? Open(CollateralItem item) => item.Url.Length <= MaxUrl
        ? new Button { ActionId = OpenActionId, Text = new PlainText("Open"), Url = item.Url, Value = item.Id.ToString(CultureInfo.InvariantCulture) }
        : null;

    /// <summary>
    /// An item's title for its section (bold is the caller's): plain beside its Open button, because a click on the
    /// button opens the link and is counted while a click on a linked title would open it uncounted; linked when the
    /// item has no button (a URL too long for one).
    /// </summary>
    public static string Title(CollateralItem item, Button? open, int? maxLength = null)
    {
        var title = maxLength is { } max ? BlockKitLimits.Truncate(item.Title, max) : item.Title;
        return open is null ? Mrkdwn.Link(item.Url, title) : Mrkdwn.Escape(title);
    }

    /// <summary>The item id an "Open" click carries, or null when the value is not one of ours.</summary>
    public static int? ReadItemId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>The ids of the items <paramref name="answer"/>'s message shows (the page shown, not every match).</summary>
    public static IReadOnlyList<int> Shown(Answer answer) => answer switch
    {
        CollateralListAnswer a => [.. a.Items.Select(i => i.Id), .. a.Total == 0 ? a.Nearby.Select(i => i.Id) : []],
        SearchAnswer a => [.. a.Items.Select(i => i.Id), .. a.Match == SearchMatch.Nothing ? a.WithoutNarrowing.Select(i => i.Id) : []],
        PlayAnswer a => [.. a.UseCases.Count == 0 ? [] : a.Stages.SelectMany(s => s.Top).Select(i => i.Id)],
        DigestAnswer => [], // a digest lists items to act on (added, unused), not offers to a prospect
        ModelReadAnswer a => Shown(a.Answer),
        _ => [],
    };
}
