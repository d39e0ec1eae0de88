using System.Text;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// The one rule for collateral URLs: absolute http or https, with a host; and the one rule for when two URLs are
/// the same item (<see cref="MatchKey"/>), so next offer by URL, add and import agree on it.
/// </summary>
public static class WebUrl
{
    // Query parameters that say how someone arrived (campaign, ad click, mail client), never which page they are on.
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "twclid", "li_fat_id", "mkt_tok",
        "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking", "mc_cid", "mc_eid", "yclid", "igshid",
        "_ga", "_gl",
        // "ref" is left alone: on some sites (GitHub's ?ref=<branch>) it picks the page.
    };

    public static bool IsAbsoluteHttp(string? text) => TryParseAbsoluteHttp(text, out _);

    /// <summary>
    /// Reads <paramref name="text"/> (trimmed) as an absolute http(s) URL; <paramref name="url"/> is the trimmed text,
    /// or, for a URL pasted without a scheme (<c>gitlab.com/x</c>: a dotted host name and a path), that text read as https.
    /// </summary>
    public static bool TryParseAbsoluteHttp(string? text, out string url)
    {
        url = text?.Trim() ?? "";
        // Every word of every question comes through here: most are not URLs, and an absolute URL has a scheme.
        if (url.Contains(':', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host))
            return true;
        if (LooksLikeHostAndPath(url) && Uri.TryCreate("https://" + url, UriKind.Absolute, out var bare) && !string.IsNullOrEmpty(bare.Host))
        {
            url = "https://" + url;
            return true;
        }
        url = "";
        return false;
    }

    /// <summary>
    /// The URL without the query parameters that only track a visit (<c>utm_*</c>, <c>gclid</c>, <c>fbclid</c>,
    /// <c>mkt_tok</c>...); everything else as written. Text that is not an absolute URL is returned as is.
    /// </summary>
    public static string WithoutTracking(string url)
    {
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0) return url;
        var fragmentStart = url.IndexOf('#', queryStart);
        var queryEnd = fragmentStart < 0 ? url.Length : fragmentStart;
        var kept = new StringBuilder();
        foreach (var pair in url[(queryStart + 1)..queryEnd].Split('&'))
        {
            if (pair.Length == 0 || IsTracking(pair)) continue;
            kept.Append(kept.Length == 0 ? '?' : '&').Append(pair);
        }
        return string.Concat(url.AsSpan(0, queryStart), kept.ToString(), url.AsSpan(queryEnd));
    }

    /// <summary>
    /// The URL as stored: trimmed, read as https when pasted without a scheme, without tracking parameters, scheme and
    /// host in lower case (they are case-insensitive); path, query and fragment as written: people expect to find their
    /// link as they wrote it. Whether two URLs are one item is decided by <see cref="MatchKey"/>, which ignores more.
    /// Text that is not an absolute URL is only trimmed.
    /// </summary>
    public static string Canonical(string? url)
    {
        if (!TryParseAbsoluteHttp(url, out var text)) return url?.Trim() ?? "";
        var (scheme, userInfo, host, rest) = Split(WithoutTracking(text));
        return string.Concat(scheme.ToLowerInvariant(), "://", userInfo, host.ToLowerInvariant(), rest);
    }

    /// <summary>
    /// What two URLs of one item have in common: no scheme (http and https alike), host in lower case without
    /// <c>www.</c> or a default port, no tracking parameters, no fragment, no trailing slash. Only for matching:
    /// it is not a URL anyone can open.
    /// </summary>
    public static string MatchKey(string? url)
    {
        if (!TryParseAbsoluteHttp(url, out var text)) return url?.Trim() ?? "";
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) text = text[..hash];
        var (_, userInfo, host, rest) = Split(WithoutTracking(text));
        host = host.ToLowerInvariant();
        if (host.EndsWith(":80", StringComparison.Ordinal) || host.EndsWith(":443", StringComparison.Ordinal)) host = host[..host.LastIndexOf(':')];
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var path = (queryStart < 0 ? rest : rest[..queryStart]).TrimEnd('/');
        var query = queryStart < 0 ? "" : rest[queryStart..];
        return string.Concat(userInfo, host, path, query);
    }

    /// <summary>
    /// An absolute URL's scheme, <c>user:password@</c> (case-sensitive, kept as written), host (and port), and the
    /// rest from the path on. Only what follows the authority's last '@' is the host.
    /// </summary>
    private static (string Scheme, string UserInfo, string Host, string Tail) Split(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0) authorityEnd = url.Length;
        var at = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
        var hostStart = at < 0 ? authorityStart : at + 1;
        return (url[..schemeEnd], url[authorityStart..hostStart], url[hostStart..authorityEnd], url[authorityEnd..]);
    }

    private static bool IsTracking(string pair)
    {
        var end = pair.IndexOf('=', StringComparison.Ordinal);
        var name = end < 0 ? pair : pair[..end];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name);
    }

    // "gitlab.com/x": a host of dotted labels ending in a letters-only top-level domain, then a path. Words such as
    // "CI/CD", "and/or" or "v1.2/3" are not.
    private static bool LooksLikeHostAndPath(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || text.Contains(':', StringComparison.Ordinal)) return false;
        var host = text.AsSpan(0, slash);
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || host.Length - lastDot - 1 < 2) return false;
        foreach (var c in host[(lastDot + 1)..])
            if (!char.IsAsciiLetter(c)) return false;
        foreach (var c in host)
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '-') return false;
        return !host.Contains("..", StringComparison.Ordinal);
    }
}
