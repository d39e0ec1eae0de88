using System.Globalization;
using System.Text;
using JourneyBot.Core.Usage;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>The digest's usage section: most opened this week, offered but never opened, never offered; each with owners.</summary>
public static class UsageMessages
{
    private const int MaxTitle = 120;

    /// <summary>One section (a digest is near Slack's block limit already), or null when there is nothing to say.</summary>
    public static SectionBlock? DigestSection(DigestUsage? usage)
    {
        if (usage is null || usage.IsEmpty) return null;
        var text = new StringBuilder();
        var days = usage.WindowDays.ToString(CultureInfo.InvariantCulture);
        List(text, ":eyes: Most opened this week", usage.MostOpened, t => string.Create(CultureInfo.InvariantCulture, $"opened {t.Opened}×, offered {t.Offered}×"));
        List(text, $":zzz: Offered but never opened in {days} days", usage.OfferedNeverOpened, t => string.Create(CultureInfo.InvariantCulture, $"offered {t.Offered}× in {t.Channels} channel{(t.Channels == 1 ? "" : "s")}"));
        List(text, $":ghost: Never offered in {days} days (unused)", usage.NeverOffered, _ => null);
        return Section(text.ToString());
    }

    private static void List(StringBuilder text, string title, IReadOnlyList<UsageLine> lines, Func<UsageTotals, string?> counts)
    {
        if (lines.Count == 0) return;
        if (text.Length > 0) text.Append('\n');
        text.Append('*').Append(title).Append('*');
        foreach (var line in lines)
        {
            text.Append("\n• ").Append(Mrkdwn.Link(line.Item.Url, BlockKitLimits.Truncate(line.Item.Title, MaxTitle)));
            text.Append(" · owner: ").Append(line.Item.Owner is null ? "_none_" : Escape(line.Item.Owner));
            if (counts(line.Totals) is { } c) text.Append(" · ").Append(c);
        }
    }
}
