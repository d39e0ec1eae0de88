using System.Text.RegularExpressions;

namespace JourneyBot.Core.Journeys;

/// <summary>Reading what Slack sends us: URLs arrive as &lt;https://x&gt; or &lt;https://x|label&gt;, text HTML-escaped.</summary>
public static partial class SlackText
{
    public static bool TryReadUrl(string word, out string url)
    {
        // Every word of every question comes through here: most are not URLs, and an absolute URL has a scheme.
        if (!word.Contains(':', StringComparison.Ordinal))
        {
            url = "";
            return false;
        }
        var w = word.Trim();
        if (w.StartsWith('<') && w.EndsWith('>'))
        {
            w = w[1..^1];
            var bar = w.IndexOf('|');
            if (bar >= 0) w = w[..bar];
        }
        w = w.Replace("&amp;", "&", StringComparison.Ordinal);
        if (IsWebUrl(w))
        {
            url = w;
            return true;
        }
        url = "";
        return false;
    }

    /// <summary>Only absolute http and https URLs are accepted for collateral.</summary>
    public static bool IsWebUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>Splits command text into words, keeping &lt;...&gt; links whole even when their label has spaces.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            // "<https://x|a label>": up to the closing '>'; a lone '<' or "<>" is an ordinary word.
            var close = text[i] == '<' && i + 1 < text.Length && text[i + 1] != '>' && !char.IsWhiteSpace(text[i + 1])
                ? text.IndexOf('>', i + 1)
                : -1;
            var end = close + 1;
            if (close < 0)
            {
                end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            }
            words.Add(text[i..end]);
            i = end;
        }
        return words;
    }

    /// <summary>Removes the leading bot mention (&lt;@U123&gt;) of an app_mention's text.</summary>
    public static string WithoutMentions(string text) => MentionPattern().Replace(text, " ").Trim();

    /// <summary>Slack sends &amp;, &lt; and &gt; escaped in message text; read them as the user typed them.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex MentionPattern();
}
