using System.Globalization;
using System.Text;

namespace JourneyBot.Core;

/// <summary>
/// The one way text someone typed (a slash command, a mention, a URL, a title) goes into a log value. A newline
/// in it would start a line of its own that looks like ours, and a 10,000-character word would flood the log:
/// control characters (and Unicode line breaks and direction overrides) are escaped as <c>\n</c>, <c>\u202E</c>...,
/// and the text is cut at <see cref="MaxChars"/> characters with the number left out.
/// </summary>
public static class LogText
{
    public const int MaxChars = 100;

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var keep = Math.Min(text.Length, MaxChars);
        if (keep < text.Length && char.IsHighSurrogate(text[keep - 1])) keep--; // never half a character
        var span = text.AsSpan(0, keep);
        if (keep == text.Length && !span.ContainsAny(Escaped)) return text; // the usual case: nothing to do

        var safe = new StringBuilder(keep + 16);
        foreach (var c in span)
        {
            switch (c)
            {
                case '\n': safe.Append("\\n"); break;
                case '\r': safe.Append("\\r"); break;
                case '\t': safe.Append("\\t"); break;
                case '\\': safe.Append("\\\\"); break; // so an escape in the log is always ours
                case var _ when Escaped.Contains(c): safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: safe.Append(c); break;
            }
        }
        if (keep < text.Length) safe.Append(CultureInfo.InvariantCulture, $"…(+{text.Length - keep} chars)");
        return safe.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\\', '\u007F', .. Enumerable.Range(0x80, 0x20).Select(i => (char)i),
         '\u2028', '\u2029', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
}
