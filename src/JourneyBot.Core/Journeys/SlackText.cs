using System.Text.RegularExpressions;

namespace JourneyBot.Core.Journeys;

/// <summary>Reading what Slack sends us: URLs arrive as &lt;https://x&gt; or &lt;https://x|label&gt;, text HTML-escaped.</summary>
public static partial class SlackText
{
    public static bool TryReadUrl(string word, out string url)
    {
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
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Removes the leading bot mention (&lt;@U123&gt;) of an app_mention's text.</summary>
    public static string WithoutMentions(string text) => MentionPattern().Replace(text, " ").Trim();

    /// <summary>Slack sends &amp;, &lt; and &gt; escaped in message text; read them as the user typed them.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"<[^>\s][^>]*>|\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex MentionPattern();
}
