using System.Text;

namespace JourneyBot.Slack.BlockKit;

/// <summary>Safe mrkdwn from foreign text: nothing a user typed can mention <c>@channel</c> or forge a link.</summary>
public static class Mrkdwn
{
    /// <summary>Escapes Slack's three control characters. Apply exactly once, to text that did not come from us.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
            return text;

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary>The reverse of <see cref="Escape"/>: Slack's three entities read as the characters they stand for.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // &amp; last, so "&amp;lt;" (a typed "&lt;") stays "&lt;".
        return text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            : text;
    }

    /// <summary>
    /// <c>&lt;url|label&gt;</c> for an absolute http/https URL; for anything else (javascript:, relative,
    /// garbage) just the escaped label, so a bad URL never becomes a link.
    /// </summary>
    public static string Link(string url, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!HttpUrl.TryParse(url, out _))
            return Escape(label);

        // '|' and '>' would end the URL part early; '<' would start a new control sequence.
        var safeUrl = url.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
        return $"<{safeUrl}|{Escape(label)}>";
    }
}
