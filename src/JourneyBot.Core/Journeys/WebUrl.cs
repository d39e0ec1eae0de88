namespace JourneyBot.Core.Journeys;

/// <summary>The one rule for collateral URLs: absolute http or https, with a host.</summary>
public static class WebUrl
{
    public static bool IsAbsoluteHttp(string? text) => TryParseAbsoluteHttp(text, out _);

    /// <summary>Reads <paramref name="text"/> (trimmed) as an absolute http(s) URL; <paramref name="url"/> is the trimmed text.</summary>
    public static bool TryParseAbsoluteHttp(string? text, out string url)
    {
        url = text?.Trim() ?? "";
        // Every word of every question comes through here: most are not URLs, and an absolute URL has a scheme.
        if (url.Contains(':', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host))
            return true;
        url = "";
        return false;
    }
}
