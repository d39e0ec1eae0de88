using System.Text;
using System.Text.Encodings.Web;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Web;

/// <summary>
/// A Slack message as HTML, the way Slack lays it out: header, sections (mrkdwn and fields), context, dividers,
/// buttons (shown, but inert: they only work in Slack). Built from the same blocks the Slack layer sends, so the
/// playground shows exactly what Slack would. Every text is encoded; see <see cref="MrkdwnHtml"/>.
/// </summary>
public static class BlockKitHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(SlackMessage message)
    {
        var html = new StringBuilder("<div class=\"slack-message\">");
        if (message.Blocks is not { Count: > 0 } blocks)
            html.Append("<section class=\"sk-section\">").Append(MrkdwnHtml.Render(message.Text)).Append("</section>");
        else
            foreach (var block in blocks) Append(html, block);
        return html.Append("</div>").ToString();
    }

    private static void Append(StringBuilder html, Block block)
    {
        switch (block)
        {
            case HeaderBlock h:
                html.Append("<h3 class=\"sk-header\">").Append(Html.Encode(h.Text.Text)).Append("</h3>");
                break;
            case SectionBlock s:
                html.Append("<section class=\"sk-section\">");
                if (s.Text is not null) html.Append("<div class=\"sk-text\">").Append(Text(s.Text)).Append("</div>");
                if (s.Fields is { Count: > 0 } fields)
                {
                    html.Append("<div class=\"sk-fields\">");
                    foreach (var field in fields) html.Append("<div>").Append(Text(field)).Append("</div>");
                    html.Append("</div>");
                }
                if (s.Accessory is not null) html.Append("<div class=\"sk-accessory\">").Append(Element(s.Accessory)).Append("</div>");
                html.Append("</section>");
                break;
            case ContextBlock c:
                html.Append("<div class=\"sk-context\">").AppendJoin(" ", c.Elements.Select(Text)).Append("</div>");
                break;
            case DividerBlock:
                html.Append("<hr class=\"sk-divider\">");
                break;
            case ActionsBlock a:
                html.Append("<div class=\"sk-actions\">").AppendJoin("", a.Elements.Select(Element)).Append("</div>");
                break;
            case ImageBlock image:
                // An uploaded Slack file cannot be shown outside Slack: its alt text stands in (the map is on /map).
                html.Append("<figure class=\"sk-image\">").Append(Html.Encode(image.AltText)).Append("</figure>");
                break;
            case InputBlock i:
                html.Append("<div class=\"sk-input\"><span>").Append(Html.Encode(i.Label.Text)).Append("</span> ").Append(Element(i.Element)).Append("</div>");
                break;
        }
    }

    private static string Text(TextObject text) => text switch
    {
        MarkdownText m => MrkdwnHtml.Render(m.Text),
        _ => Html.Encode(text.Text),
    };

    /// <summary>
    /// Interactive elements are drawn disabled: a click here could not reach the bot as Slack's would. A link button
    /// (an item's "Open") is a link, as in Slack, when its URL is http/https.
    /// </summary>
    private static string Element(BlockElement element) => element switch
    {
        Button { Url: { } url } b when Uri.TryCreate(url, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) =>
            $"<a class=\"sk-button\" href=\"{Html.Encode(link.AbsoluteUri)}\" rel=\"noopener noreferrer\" target=\"_blank\">{Html.Encode(b.Text.Text)}</a>",
        Button b => $"<button type=\"button\" class=\"sk-button{(b.Style == ButtonStyle.Primary ? " primary" : "")}\" disabled title=\"works in Slack\">{Html.Encode(b.Text.Text)}</button>",
        StaticSelect s => $"<select disabled><option>{Html.Encode(s.Placeholder?.Text ?? s.Options.FirstOrDefault()?.Text.Text ?? "")}</option></select>",
        MultiStaticSelect s => $"<select disabled><option>{Html.Encode(s.Placeholder?.Text ?? "")}</option></select>",
        PlainTextInput => "<input type=\"text\" disabled>",
        _ => "",
    };
}
