using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Web;

/// <summary>
/// Slack mrkdwn as safe HTML: every character of the text is HTML-encoded, then only the markup we generate is added
/// (links to http/https URLs, bold, italics, strike, code, line breaks). Nothing in the text can become a tag or an
/// attribute, whatever it holds.
/// </summary>
public static partial class MrkdwnHtml
{
    // Letters of every script stay readable; markup characters, quotes and control characters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // The few emoji codes our messages use, as Slack would show them; any other code stays as typed.
    private static readonly Dictionary<string, string> Emoji = new(StringComparer.Ordinal)
    {
        ["warning"] = "\u26A0\uFE0F", ["white_check_mark"] = "\u2705", ["white_square"] = "\u2B1C", ["hourglass"] = "\u231B",
        ["mag"] = "\U0001F50D", ["new"] = "\U0001F195", ["pencil"] = "\u270F\uFE0F", ["point_right"] = "\U0001F449",
        ["robot_face"] = "\U0001F916", ["information_source"] = "\u2139\uFE0F", ["jigsaw"] = "\U0001F9E9",
        ["checkered_flag"] = "\U0001F3C1", ["abc"] = "\U0001F524",
    };

    public static string Render(string mrkdwn)
    {
        // Slack's control sequences (<url|label>, <@U1>, <!here>) become placeholders first, so emphasis never reaches
        // into a URL and a label's own asterisks stay the label's.
        var pieces = new List<string>();
        var text = Control().Replace(mrkdwn, m =>
        {
            pieces.Add(ControlHtml(m.Groups[1].Value));
            return "\u0001" + (pieces.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0002";
        });
        var html = Html.Encode(Mrkdwn.Unescape(text));
        html = Code().Replace(html, "<code>$1</code>");
        html = Bold().Replace(html, "$1<strong>$2</strong>");
        html = Italic().Replace(html, "$1<em>$2</em>");
        html = Strike().Replace(html, "$1<s>$2</s>");
        html = EmojiCode().Replace(html, m => Emoji.TryGetValue(m.Groups[1].Value, out var e) ? e : m.Value);
        html = html.Replace("&#xA;", "<br>", StringComparison.Ordinal);
        // The encoder wrote the placeholders' control characters as entities; put the pieces back in their place.
        return Placeholder().Replace(html, m => pieces[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    /// <summary>A link when the URL is absolute http/https; a mention or anything else as its text.</summary>
    private static string ControlHtml(string inner)
    {
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? inner : inner[..bar];
        var label = bar < 0 ? null : inner[(bar + 1)..];
        if (Uri.TryCreate(Mrkdwn.Unescape(target), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            var shown = label is null ? Html.Encode(url.AbsoluteUri) : Inline(label);
            return $"<a href=\"{Html.Encode(url.AbsoluteUri)}\" rel=\"noopener noreferrer\" target=\"_blank\">{shown}</a>";
        }
        // <@U123>, <#C123|name>, <!here>: shown as Slack names them, without resolving anyone.
        var name = label ?? target.TrimStart('@', '#', '!');
        var prefix = target.StartsWith('#') ? "#" : target.StartsWith('@') ? "@" : "";
        return "<span class=\"mention\">" + Html.Encode(prefix + Mrkdwn.Unescape(name)) + "</span>";
    }

    /// <summary>A link label: encoded, with emphasis but no further links.</summary>
    private static string Inline(string label)
    {
        var html = Html.Encode(Mrkdwn.Unescape(label));
        html = Bold().Replace(html, "$1<strong>$2</strong>");
        return Italic().Replace(html, "$1<em>$2</em>");
    }

    [GeneratedRegex(@"<([^<>]+)>")]
    private static partial Regex Control();

    [GeneratedRegex(@"&#x1;(\d+)&#x2;")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(^|[\s(>;])\*([^*\n]+)\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(^|[\s(>;])_([^_\n]+)_")]
    private static partial Regex Italic();

    [GeneratedRegex(@"(^|[\s(>;])~([^~\n]+)~")]
    private static partial Regex Strike();

    [GeneratedRegex(@":([a-z_]+):")]
    private static partial Regex EmojiCode();
}
