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
    public void Image_block_of_an_uploaded_file_serialises_with_slack_file_id_and_alt_text()
    {
        var message = SlackMessage.InChannel("map", [new ImageBlock { AltText = "Journey map", Title = new PlainText("Map"), SlackFile = new SlackFileRef("F123") }]);

        Assert.Equal(
            """{"response_type":"in_channel","text":"map","blocks":[{"type":"image","alt_text":"Journey map","title":{"type":"plain_text","text":"Map"},"slack_file":{"id":"F123"}}]}""",
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
    public void Every_optional_field_serialises_in_declaration_order_and_is_left_out_when_unset()
    {
        var low = new Option(new PlainText("Low") { Emoji = true }, "low") { Description = new PlainText("the least") };
        var message = new SlackMessage
        {
            ResponseType = ResponseType.Ephemeral, Channel = "C1", Text = "fallback", ThreadTs = "1.2",
            ReplaceOriginal = true, DeleteOriginal = false, UnfurlLinks = false,
            Blocks =
            [
                new SectionBlock
                {
                    Fields = [new MarkdownText("*a*") { Verbatim = true }, new PlainText("b")],
                    Accessory = new Button { ActionId = "go", Text = new PlainText("Go"), Url = "https://example.com/?a=1&b=<2>", Style = ButtonStyle.Danger },
                },
                new ActionsBlock { BlockId = "acts", Elements = [new Button { ActionId = "more", Text = new PlainText("More"), Value = "{\"q\":\"é\"}" }] },
                new InputBlock
                {
                    Label = new PlainText("Pick"), Hint = new PlainText("one or two"), DispatchAction = true, Optional = false,
                    Element = new MultiStaticSelect { ActionId = "pick", Placeholder = new PlainText("Choose"), Options = [low], MaxSelectedItems = 2 },
                },
                new InputBlock
                {
                    Label = new PlainText("Title"),
                    Element = new PlainTextInput { ActionId = "title", Placeholder = new PlainText("A title"), MaxLength = 150 },
                },
                new InputBlock { Label = new PlainText("Type"), Element = new StaticSelect { ActionId = "type", Placeholder = new PlainText("Any"), Options = [low] } },
            ],
        };

        Assert.Equal(
            """{"response_type":"ephemeral","channel":"C1","text":"fallback","blocks":[{"type":"section","fields":[{"type":"mrkdwn","verbatim":true,"text":"*a*"},{"type":"plain_text","text":"b"}],"accessory":{"type":"button","action_id":"go","text":{"type":"plain_text","text":"Go"},"url":"https://example.com/?a=1&b=<2>","style":"danger"}},{"type":"actions","block_id":"acts","elements":[{"type":"button","action_id":"more","text":{"type":"plain_text","text":"More"},"value":"{\"q\":\"é\"}"}]},{"type":"input","label":{"type":"plain_text","text":"Pick"},"element":{"type":"multi_static_select","action_id":"pick","placeholder":{"type":"plain_text","text":"Choose"},"options":[{"text":{"type":"plain_text","emoji":true,"text":"Low"},"value":"low","description":{"type":"plain_text","text":"the least"}}],"max_selected_items":2},"optional":false,"hint":{"type":"plain_text","text":"one or two"},"dispatch_action":true},{"type":"input","label":{"type":"plain_text","text":"Title"},"element":{"type":"plain_text_input","action_id":"title","placeholder":{"type":"plain_text","text":"A title"},"max_length":150}},{"type":"input","label":{"type":"plain_text","text":"Type"},"element":{"type":"static_select","action_id":"type","placeholder":{"type":"plain_text","text":"Any"},"options":[{"text":{"type":"plain_text","emoji":true,"text":"Low"},"value":"low","description":{"type":"plain_text","text":"the least"}}]}}],"thread_ts":"1.2","replace_original":true,"delete_original":false,"unfurl_links":false}""",
            SlackJson.Serialize(message));
    }

    [Fact]
    public void Home_tab_view_serialises_its_type_and_optional_fields()
    {
        var view = new View { Type = ViewType.Home, Close = new PlainText("Close"), ExternalId = "home-1", Blocks = [new DividerBlock { BlockId = "d" }] };

        Assert.Equal("""{"type":"home","close":{"type":"plain_text","text":"Close"},"external_id":"home-1","blocks":[{"type":"divider","block_id":"d"}]}""", SlackJson.Serialize(view));
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
}
