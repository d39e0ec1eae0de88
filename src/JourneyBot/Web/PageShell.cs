using System.Text.Encodings.Web;

namespace JourneyBot.Web;

/// <summary>The frame every page shares: one stylesheet and one script, both served by the bot (the CSP allows no other).</summary>
internal static class PageShell
{
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Scripts and styles from this server only, no inline code, no framing, forms posting only here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IResult Page(string title, string body) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} · JourneyBot</title>
        <link rel="stylesheet" href="{MapEndpoints.Path}/assets/map.css">
        <script src="{MapEndpoints.Path}/assets/map.js" defer></script>
        </head>
        <body>
        <nav>
          <strong>JourneyBot</strong>
          <a href="{MapEndpoints.Path}">Map and catalog</a>
          <a href="{MapEndpoints.Path}/playground">Playground</a>
          <a href="{MapEndpoints.Path}/export.csv">Export CSV</a>
          <a href="{MapEndpoints.Path}/export.yaml">Export YAML</a>
        </nav>
        <main>
        {body}
        </main>
        </body>
        </html>
        """, "text/html; charset=utf-8");
}
