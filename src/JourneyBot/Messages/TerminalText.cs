using System.Text;
using System.Text.RegularExpressions;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Messages;

/// <summary>
/// Renders a Slack message for a terminal. Derived from the blocks rather than written a second time,
/// so `ask` shows exactly what Slack would.
/// </summary>
public static partial class TerminalText
{
    public static string Render(SlackMessage message)
    {
        var text = new StringBuilder();
        foreach (var block in message.Blocks ?? [])
        {
            switch (block)
            {
                case HeaderBlock h:
                    text.AppendLine(h.Text.Text).AppendLine(new string('=', Math.Min(h.Text.Text.Length, 72)));
                    break;
                case SectionBlock s:
                    if (s.Text is not null) text.AppendLine(WithLink(Plain(s.Text.Text), s.Accessory));
                    foreach (var f in s.Fields ?? []) text.AppendLine(Plain(f.Text));
                    text.AppendLine();
                    break;
                case ContextBlock c:
                    text.AppendLine(string.Join(" ", c.Elements.Select(e => Plain(e.Text)))).AppendLine();
                    break;
                case DividerBlock:
                    text.AppendLine(new string('-', 40));
                    break;
                case ActionsBlock a:
                    text.AppendLine("[" + string.Join("] [", a.Elements.OfType<Button>().Select(b => b.Text.Text)) + "]");
                    break;
            }
        }
        return text.Length == 0 ? message.Text : text.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>An item's "Open" link button, as its URL after the first line (its title): "Title (url)".</summary>
    private static string WithLink(string text, BlockElement? accessory)
    {
        if (accessory is not Button { Url: { } url }) return text;
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? $"{text} ({url})" : $"{text[..end]} ({url}){text[end..]}";
    }

    /// <summary>mrkdwn to plain text: links as "label (url)", emphasis and emoji codes dropped, escapes undone.</summary>
    public static string Plain(string mrkdwn)
    {
        var s = Link().Replace(mrkdwn, m => $"{m.Groups[2].Value} ({m.Groups[1].Value})");
        s = Emoji().Replace(s, "");
        s = s.Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        return Mrkdwn.Unescape(s).Trim();
    }

    [GeneratedRegex(@"<(https?://[^|>]+)\|([^>]*)>")]
    private static partial Regex Link();

    [GeneratedRegex(@":[a-z_]+: ?")]
    private static partial Regex Emoji();
}
