using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;

namespace JourneyBot.Slack.Tests.BlockKit;

public sealed class BlockKitSerializationTests
{
    [Fact]
    public void Small_message_serialises_to_slacks_exact_json_shape()
    {
        var message = SlackMessage.InChannel("Weekly digest", [
            new HeaderBlock { Text = new PlainText("Weekly digest") },
            new SectionBlock
            {
                BlockId = "intro",
                Text = new MarkdownText("*3* new items"),
                Accessory = new Button { ActionId = "open", Text = new PlainText("Open"), Value = "42", Style = ButtonStyle.Primary },
            },
            new DividerBlock(),
            new ContextBlock { Elements = [new MarkdownText("Sent by the bot")] },
        ]);

        Assert.Equal(
            """{"response_type":"in_channel","text":"Weekly digest","blocks":[{"type":"header","text":{"type":"plain_text","text":"Weekly digest"}},{"type":"section","block_id":"intro","text":{"type":"mrkdwn","text":"*3* new items"},"accessory":{"type":"button","action_id":"open","text":{"type":"plain_text","text":"Open"},"value":"42","style":"primary"}},{"type":"divider"},{"type":"context","elements":[{"type":"mrkdwn","text":"Sent by the bot"}]}]}""",
            SlackJson.Serialize(message));
    }

    [Fact]
    public void Modal_with_inputs_and_selects_serialises_with_initial_values()
    {
        var high = new Option(new PlainText("High"), "high");
        var view = new View
        {
            Type = ViewType.Modal,
            CallbackId = "feedback",
            Title = new PlainText("Feedback"),
            Submit = new PlainText("Send"),
            PrivateMetadata = "C1",
            Blocks =
            [
                new InputBlock { BlockId = "note", Label = new PlainText("Note"), Element = new PlainTextInput { ActionId = "note_input", Multiline = true, InitialValue = "hi" } },
                new InputBlock { BlockId = "level", Label = new PlainText("Level"), Element = new StaticSelect { ActionId = "level_select", Options = [high], InitialOption = high } },
                new InputBlock { BlockId = "topics", Label = new PlainText("Topics"), Optional = true, Element = new MultiStaticSelect { ActionId = "t", Options = [high], InitialOptions = [high] } },
            ],
        };

        Assert.Equal(
            """{"type":"modal","callback_id":"feedback","title":{"type":"plain_text","text":"Feedback"},"submit":{"type":"plain_text","text":"Send"},"private_metadata":"C1","blocks":[{"type":"input","block_id":"note","label":{"type":"plain_text","text":"Note"},"element":{"type":"plain_text_input","action_id":"note_input","initial_value":"hi","multiline":true}},{"type":"input","block_id":"level","label":{"type":"plain_text","text":"Level"},"element":{"type":"static_select","action_id":"level_select","options":[{"text":{"type":"plain_text","text":"High"},"value":"high"}],"initial_option":{"text":{"type":"plain_text","text":"High"},"value":"high"}}},{"type":"input","block_id":"topics","label":{"type":"plain_text","text":"Topics"},"element":{"type":"multi_static_select","action_id":"t","options":[{"text":{"type":"plain_text","text":"High"},"value":"high"}],"initial_options":[{"text":{"type":"plain_text","text":"High"},"value":"high"}]},"optional":true}]}""",
            SlackJson.Serialize(view));
    }

    [Fact]
    public void View_submission_update_serialises_as_response_action_update_with_the_view()
    {
        var json = SlackJson.Serialize(ViewSubmissionResponse.Update(new View { Type = ViewType.Modal, Title = new PlainText("Done"), Blocks = [] }));

        Assert.Equal("""{"response_action":"update","view":{"type":"modal","title":{"type":"plain_text","text":"Done"},"blocks":[]}}""", json);
    }
}

public sealed class MrkdwnTests
{
    [Fact]
    public void Escape_neutralises_mentions_and_control_characters()
    {
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U123&gt; a&amp;b", Mrkdwn.Escape("<!channel> & <@U123> a&b"));
    }

    [Fact]
    public void Escape_leaves_plain_text_alone()
    {
        Assert.Equal("*bold* _it_ 100%", Mrkdwn.Escape("*bold* _it_ 100%"));
    }

    [Fact]
    public void Link_to_an_https_url_escapes_its_label()
    {
        Assert.Equal("<https://example.com/a?b=1|Q&amp;A &lt;2&gt;>", Mrkdwn.Link("https://example.com/a?b=1", "Q&A <2>"));
    }

    [Fact]
    public void Link_cannot_be_broken_out_of_by_the_url()
    {
        Assert.Equal("<https://example.com/x%7C%3C!here%3E|ok>", Mrkdwn.Link("https://example.com/x|<!here>", "ok"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Link_to_anything_but_http_or_https_is_just_the_escaped_label(string url)
    {
        Assert.Equal("click &lt;here&gt;", Mrkdwn.Link(url, "click <here>"));
    }
}

public sealed class BlockKitLimitsTests
{
    [Fact]
    public void Message_within_limits_has_no_violations()
    {
        var message = new SlackMessage { Text = "hi", Blocks = [new SectionBlock { Text = new MarkdownText(new string('a', 3000)) }] };

        Assert.Empty(BlockKitLimits.Validate(message));
    }

    [Fact]
    public void Section_text_over_3000_characters_is_reported_with_its_path()
    {
        var message = new SlackMessage { Text = "hi", Blocks = [new DividerBlock(), new SectionBlock { Text = new MarkdownText(new string('a', 3001)) }] };

        Assert.Equal(["blocks[1].text: 3001 characters; the limit is 3000"], BlockKitLimits.Validate(message));
    }

    [Fact]
    public void Message_with_more_than_50_blocks_is_reported_but_a_modal_may_have_100()
    {
        var blocks = Enumerable.Range(0, 51).Select(_ => (Block)new DividerBlock()).ToList();

        Assert.Contains("blocks: 51 blocks; the limit is 50", BlockKitLimits.Validate(new SlackMessage { Text = "x", Blocks = blocks }));
        Assert.Empty(BlockKitLimits.Validate(new View { Type = ViewType.Modal, Title = new PlainText("t"), Blocks = blocks }));
    }

    [Fact]
    public void Message_without_fallback_text_is_reported()
    {
        Assert.Single(BlockKitLimits.Validate(new SlackMessage { Text = "" }));
    }

    [Fact]
    public void Element_limits_are_checked_inside_actions_and_sections()
    {
        var message = new SlackMessage
        {
            Text = "x",
            Blocks =
            [
                new HeaderBlock { Text = new PlainText(new string('h', 151)) },
                new SectionBlock { Fields = Enumerable.Range(0, 11).Select(_ => (TextObject)new MarkdownText("f")).ToList() },
                new ActionsBlock { Elements = [new Button { ActionId = new string('a', 256), Text = new PlainText(new string('b', 76)), Value = new string('v', 2001) }] },
                new ContextBlock { Elements = Enumerable.Range(0, 11).Select(_ => (TextObject)new PlainText("c")).ToList() },
            ],
        };

        Assert.Equal(
            [
                "blocks[0].text: 151 characters; the limit is 150",
                "blocks[1].fields: 11 items; the limit is 10",
                "blocks[2].elements[0].action_id: 256 characters; the limit is 255",
                "blocks[2].elements[0].text: 76 characters; the limit is 75",
                "blocks[2].elements[0].value: 2001 characters; the limit is 2000",
                "blocks[3].elements: 11 items; the limit is 10",
            ],
            BlockKitLimits.Validate(message));
    }

    [Fact]
    public void Modal_title_metadata_and_select_options_are_checked()
    {
        var options = Enumerable.Range(0, 101).Select(i => new Option(new PlainText(i == 0 ? new string('o', 76) : "o"), $"{i}")).ToList();
        var view = new View
        {
            Type = ViewType.Modal,
            Title = new PlainText(new string('t', 25)),
            Submit = new PlainText("Send"),
            PrivateMetadata = new string('m', 3001),
            Blocks = [new InputBlock { Label = new PlainText("L"), Element = new StaticSelect { ActionId = "s", Options = options } }],
        };

        Assert.Equal(
            [
                "title: 25 characters; the limit is 24",
                "private_metadata: 3001 characters; the limit is 3000",
                "blocks[0].element.options: 101 items; the limit is 100",
                "blocks[0].element.options[0].text: 76 characters; the limit is 75",
            ],
            BlockKitLimits.Validate(view));
    }

    [Fact]
    public void Truncate_leaves_short_text_untouched()
    {
        Assert.Equal("short", BlockKitLimits.Truncate("short", 5));
    }

    [Fact]
    public void Truncate_cuts_to_the_limit_and_ends_with_an_ellipsis()
    {
        var cut = BlockKitLimits.Truncate(new string('a', 200), 150);

        Assert.Equal(150, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_never_splits_an_emoji()
    {
        var cut = BlockKitLimits.Truncate("ab😀cdef", 4); // keeps 3 chars: "ab" + high surrogate would be invalid

        Assert.Equal("ab…", cut);
    }
}
