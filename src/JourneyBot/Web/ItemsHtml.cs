using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;

namespace JourneyBot.Web;

/// <summary>The items a cell, a search or the filters select: title (a link), type, owner, dates and the stale mark.</summary>
internal static class ItemsHtml
{
    public static string Render(IReadOnlyList<CollateralItem> items, Freshness freshness, int max)
    {
        var h = PageShell.Html;
        if (items.Count == 0) return "<h2>Items</h2><p class=\"empty\">No items match.</p>";
        var html = new StringBuilder($"<h2>Items <span class=\"count\">({items.Count})</span></h2>");
        if (items.Count > max) html.Append($"<p class=\"hint\">Showing the first {max}; narrow the filters to see the rest.</p>");
        html.Append("<table class=\"items\"><thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Type</th><th scope=\"col\">Owner</th>")
            .Append("<th scope=\"col\">Updated</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var item in items.Take(max))
        {
            var stale = freshness.IsStale(item);
            html.Append("<tr class=\"item\"><td class=\"title\">").Append(TitleLink(item)).Append("</td>")
                .Append("<td>").Append(h.Encode(item.Type ?? "")).Append("</td>")
                .Append("<td>").Append(h.Encode(item.Owner ?? "")).Append("</td>")
                .Append("<td>").Append(item.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (item.ReviewedOn is { } reviewed && reviewed > item.UpdatedOn)
                html.Append(" <span class=\"reviewed\">(confirmed ").Append(reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(")</span>");
            html.Append("</td><td>")
                .Append(stale ? $"<span class=\"stale-mark\" title=\"not updated since {freshness.StaleBefore:yyyy-MM-dd}\">stale</span>" : "fresh")
                .Append("</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A link only to an http/https address; anything else (javascript:, relative) is shown as text.</summary>
    private static string TitleLink(CollateralItem item)
    {
        var h = PageShell.Html;
        return Uri.TryCreate(item.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{h.Encode(url.AbsoluteUri)}\" rel=\"noopener noreferrer\" target=\"_blank\">{h.Encode(item.Title)}</a>"
            : h.Encode(item.Title);
    }
}
