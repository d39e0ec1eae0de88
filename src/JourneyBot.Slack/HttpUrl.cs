namespace JourneyBot.Slack;

/// <summary>The adapter's one rule for URLs it links to or posts to: absolute, http or https.</summary>
internal static class HttpUrl
{
    public static bool TryParse(string? text, out Uri uri)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp))
        {
            uri = parsed;
            return true;
        }
        uri = null!;
        return false;
    }
}
