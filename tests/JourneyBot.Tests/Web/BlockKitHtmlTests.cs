using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Web;

namespace JourneyBot.Tests.Web;

/// <summary>The playground's drawing of a Slack message: Slack's layout, nothing from the text ever markup.</summary>
public sealed class BlockKitHtmlTests
{
    private static string Render(params Block[] blocks) => BlockKitHtml.Render(new SlackMessage { Text = "fallback", Blocks = blocks });

    [Fact]
    public void Header_is_a_heading_with_its_text_encoded()
    {
        Assert.Equal("<div class=\"slack-message\"><h3 class=\"sk-header\">Q&amp;A &lt;b&gt;</h3></div>", Render(Kit.Header("Q&A <b>")));
    }

    [Fact]
    public void An_uploaded_picture_shows_its_alt_text_encoded()
    {
        var html = Render(new ImageBlock { AltText = "Journey map <CI>", SlackFile = new SlackFileRef("F1") });
        Assert.Equal("<div class=\"slack-message\"><figure class=\"sk-image\">Journey map &lt;CI&gt;</figure></div>", html);
    }

    [Fact]
    public void A_link_button_is_a_link_and_other_buttons_are_inert()
    {
        var open = new SectionBlock { Text = new MarkdownText("*Guide*"), Accessory = new Button { ActionId = "open_item", Text = new PlainText("Open"), Url = "https://example.com/a?x=1&y=2", Value = "7" } };
        var unsafeLink = new SectionBlock { Text = new MarkdownText("x"), Accessory = new Button { ActionId = "open_item", Text = new PlainText("Open"), Url = "javascript:alert(1)", Value = "8" } };

        Assert.Contains("<a class=\"sk-button\" href=\"https://example.com/a?x=1&amp;y=2\" rel=\"noopener noreferrer\" target=\"_blank\">Open</a>", Render(open));
        Assert.DoesNotContain("javascript", Render(unsafeLink));
        Assert.Contains("disabled", Render(unsafeLink));
    }

    [Fact]
    public void Section_link_becomes_an_anchor_with_its_label()
    {
        var html = Render(Kit.Section(Mrkdwn.Link("https://example.com/a?x=1&y=2", "A guide")));
        Assert.Contains("<a href=\"https://example.com/a?x=1&amp;y=2\" rel=\"noopener noreferrer\" target=\"_blank\">A guide</a>", html);
    }

    [Fact]
    public void Bold_link_title_is_bold_and_underscores_in_its_url_stay_untouched()
    {
        var html = Render(Kit.Section("*" + Mrkdwn.Link("https://example.com/a_b_c", "Title") + "*"));
        Assert.Contains("<strong><a href=\"https://example.com/a_b_c\"", html);
        Assert.DoesNotContain("<em>", html);
    }

    [Fact]
    public void Bold_italic_strike_and_code_become_their_tags()
    {
        var html = Render(Kit.Section("*bold* _italic_ ~gone~ `code`"));
        Assert.Contains("<strong>bold</strong> <em>italic</em> <s>gone</s> <code>code</code>", html);
    }

    [Fact]
    public void Script_in_escaped_text_is_shown_as_text()
    {
        var html = Render(Kit.Section("*" + Kit.Escape("<script>alert(1)</script>") + "* \" onmouseover=x"));
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&quot; onmouseover=x", html);
    }

    [Fact]
    public void Javascript_link_is_not_a_link()
    {
        var html = Render(Kit.Section("<javascript:alert(1)|click>"));
        Assert.DoesNotContain("<a ", html);
        Assert.Contains("click", html);
    }

    [Fact]
    public void Quote_in_a_link_url_cannot_leave_the_href_attribute()
    {
        var html = Render(Kit.Section("<https://example.com/\"onclick=\"x|label>"));
        Assert.DoesNotContain("\"onclick", html);
    }

    [Fact]
    public void Line_breaks_become_br()
    {
        Assert.Contains("one<br>two", Render(Kit.Section("one\ntwo")));
    }

    [Fact]
    public void Fields_context_and_divider_are_drawn()
    {
        var html = Render(
            new SectionBlock { Fields = [Kit.Field("Owner", "Pat & Co")] },
            Kit.Context("_updated_ today"),
            new DividerBlock());
        Assert.Contains("<div class=\"sk-fields\"><div><strong>Owner</strong><br>Pat &amp; Co</div></div>", html);
        Assert.Contains("<div class=\"sk-context\"><em>updated</em> today</div>", html);
        Assert.Contains("<hr class=\"sk-divider\">", html);
    }

    [Fact]
    public void Buttons_are_shown_disabled()
    {
        var html = Render(new ActionsBlock { Elements = [new Button { ActionId = "more", Text = new PlainText("More <results>"), Style = ButtonStyle.Primary }] });
        Assert.Contains("<button type=\"button\" class=\"sk-button primary\" disabled title=\"works in Slack\">More &lt;results&gt;</button>", html);
    }

    [Fact]
    public void Mentions_show_as_names_without_markup_from_the_text()
    {
        var html = Render(Kit.Section("hi <@U123> in <#C1|gtm<b>>"));
        Assert.Contains("<span class=\"mention\">@U123</span>", html);
    }

    [Fact]
    public void Known_emoji_codes_are_drawn_and_unknown_ones_kept()
    {
        var html = Render(Kit.Context(":warning: stale :not_an_emoji:"));
        Assert.Contains("\u26A0\uFE0F stale :not_an_emoji:", html);
    }

    [Fact]
    public void Message_without_blocks_shows_its_text()
    {
        Assert.Contains("plain &amp; simple", BlockKitHtml.Render(new SlackMessage { Text = "plain &amp; simple" }));
    }
}
