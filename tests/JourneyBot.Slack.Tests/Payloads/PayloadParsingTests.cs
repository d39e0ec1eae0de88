using System.Text;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Tests.TestSupport;

namespace JourneyBot.Slack.Tests.Payloads;

public sealed class PayloadParsingTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Slash_command_form_yields_every_documented_field()
    {
        var body = "token=t&team_id=T1&team_domain=acme&enterprise_id=E1&enterprise_name=Acme+Corp&channel_id=C1&channel_name=general"
            + "&user_id=U1&user_name=ana&command=%2Fdemo&text=a+b%26c&response_url=https%3A%2F%2Fhooks.slack.com%2Fx"
            + "&trigger_id=tr1&api_app_id=A1&is_enterprise_install=false";

        var command = SlashCommand.Parse(Utf8(body));

        Assert.True(command.IsSuccess, command.Error);
        Assert.Equal(
            new SlashCommand
            {
                Command = "/demo", Text = "a b&c", UserId = "U1", UserName = "ana", TeamId = "T1", TeamDomain = "acme",
                EnterpriseId = "E1", EnterpriseName = "Acme Corp", ChannelId = "C1", ChannelName = "general",
                ResponseUrl = "https://hooks.slack.com/x", TriggerId = "tr1", ApiAppId = "A1",
            },
            command.Value);
    }

    [Theory]
    [InlineData("text=caf%C3%A9+%E2%9C%93", "café ✓")]          // multi-byte UTF-8, '+' as space
    [InlineData("text=100%25+sure", "100% sure")]
    [InlineData("text=100%+sure", "100% sure")]                 // a stray '%' stays as written
    [InlineData("text=ends%2", "ends%2")]                       // so does a cut-off escape
    [InlineData("text=%zz", "%zz")]
    [InlineData("text=a%3Db%26c", "a=b&c")]
    [InlineData("text=first&text=second", "first")]             // Slack never repeats a field; the first wins
    [InlineData("&&text=x&", "x")]                              // empty pairs are skipped
    [InlineData("text", "")]                                    // a name without '=' has an empty value
    [InlineData("te%78t=escaped+name", "escaped name")]
    [InlineData("text=r%C3%A9sum%C3%A9", "résumé")]
    public void Form_fields_decode_like_a_browser_encodes_them(string body, string text)
    {
        var form = SlackForm.Parse(Utf8(body));

        Assert.True(form.IsSuccess, form.Error);
        Assert.Equal(text, form.Value!["text"]);
    }

    [Fact]
    public void Long_form_bodies_decode_the_same_as_short_ones()
    {
        var text = string.Concat(Enumerable.Repeat("é <b> & ", 500)); // well past the on-stack buffer
        var body = "command=%2Fjourney&text=" + Uri.EscapeDataString(text) + "&user_id=U1&team_id=T1";

        var command = SlashCommand.Parse(Utf8(body));

        Assert.True(command.IsSuccess, command.Error);
        Assert.Equal((text, "U1", "T1"), (command.Value!.Text, command.Value.UserId, command.Value.TeamId));
    }

    [Theory]
    [InlineData("text=%FF")]                                    // an escape that decodes to invalid UTF-8
    [InlineData("text=%C3")]                                    // a cut-off multi-byte sequence
    public void Escapes_that_are_not_utf8_are_a_parse_error(string body)
    {
        var form = SlackForm.Parse(Utf8(body));

        Assert.False(form.IsSuccess);
        Assert.Contains("UTF-8", form.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slash_command_whose_text_is_not_utf8_is_refused_with_that_reason()
    {
        var command = SlashCommand.Parse(Utf8("command=%2Fjourney&user_id=U1&team_id=T1&text=%FF"));

        Assert.Equal(ParseFailure.Malformed, command.Failure);
        Assert.Contains("UTF-8", command.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slash_command_reads_the_first_of_repeated_fields_and_skips_unknown_ones()
    {
        var command = SlashCommand.Parse(Utf8("token=%FF&command=%2Fjourney&user_id=U1&user_id=U2&team_id=T1&extra=x&text=hi"));

        Assert.True(command.IsSuccess, command.Error);
        Assert.Equal(("/journey", "U1", "hi"), (command.Value!.Command, command.Value.UserId, command.Value.Text));
    }

    [Fact]
    public void Direct_message_event_is_typed_and_knows_it_is_a_dm()
    {
        var json = """
            {"type":"event_callback","team_id":"T1","event_id":"Ev1","event":
             {"type":"message","channel":"D1","channel_type":"im","user":"U1","text":"hi","ts":"1.1","thread_ts":"1.0"}}
            """;

        var message = EventEnvelope.Parse(Utf8(json)).Value?.Callback?.Message;

        Assert.NotNull(message);
        Assert.True(message.IsDirectMessage);
        Assert.False(message.IsFromBotOrSystem);
        Assert.Equal(("U1", "hi", "1.0"), (message.User, message.Text, message.ThreadTs));
    }

    [Theory]
    [InlineData("""{"type":"message","channel":"D1","channel_type":"im","bot_id":"B1","text":"from a bot","ts":"1.1"}""")]
    [InlineData("""{"type":"message","channel":"D1","channel_type":"im","subtype":"message_changed","ts":"1.1"}""")]
    public void Bot_and_subtyped_messages_are_flagged_so_the_bot_never_answers_them(string @event)
    {
        var json = $$"""{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{{@event}}}""";

        Assert.True(EventEnvelope.Parse(Utf8(json)).Value?.Callback?.Message?.IsFromBotOrSystem);
    }

    [Fact]
    public void App_mention_in_a_thread_replies_in_that_thread()
    {
        var json = """{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"<@UBOT> hi","ts":"2.2","thread_ts":"1.0","channel":"C1"}}""";

        Assert.Equal("1.0", EventEnvelope.Parse(Utf8(json)).Value?.Callback?.AppMention?.ReplyThreadTs);
    }

    [Fact]
    public void App_home_opened_is_typed()
    {
        var json = """{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home"}}""";

        var opened = EventEnvelope.Parse(Utf8(json)).Value?.Callback?.AppHomeOpened;

        Assert.Equal(("U1", true), (opened?.User, opened?.IsHomeTab));
    }

    [Fact]
    public void Known_event_with_a_wrong_shape_is_a_parse_error_not_an_exception()
    {
        var json = """{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","user":42,"ts":"1","channel":"C1"}}""";

        var result = EventEnvelope.Parse(Utf8(json));

        Assert.Equal(ParseFailure.Malformed, result.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"url_verification\"}")]
    public void Malformed_event_json_is_a_parse_error_not_an_exception(string json)
    {
        Assert.False(EventEnvelope.Parse(Utf8(json)).IsSuccess);
    }

    [Fact]
    public void Invalid_utf8_form_is_a_parse_error()
    {
        Assert.Equal(ParseFailure.Malformed, SlashCommand.Parse(new byte[] { 0x63, 0x6f, 0xff, 0xfe }).Failure);
    }

    [Fact]
    public void Block_actions_carry_user_team_channel_trigger_and_each_action()
    {
        var payload = Assert.IsType<BlockActions>(InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(SlackBodies.BlockActionsJson))).Value);

        Assert.Equal(("U1", "T1", "C1", "tr1"), (payload.UserId, payload.TeamId, payload.ChannelId, payload.TriggerId));
        Assert.Equal("https://hooks.slack.com/actions/T1/1/x", payload.ResponseUrl);
        Assert.Equal("1700000000.000200", payload.MessageTs);
        var action = Assert.Single(payload.Actions);
        Assert.Equal(("pick", "b1", "option-2", "button"), (action.ActionId, action.BlockId, action.Value, action.Type));
    }

    [Fact]
    public void View_submission_state_reads_text_select_and_multi_select_values()
    {
        var submission = Assert.IsType<ViewSubmission>(InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(SlackBodies.ViewSubmissionJson))).Value);

        Assert.Equal(("V1", "feedback", """{"c":"C1"}"""), (submission.View.Id, submission.View.CallbackId, submission.View.PrivateMetadata));
        Assert.Equal("Great session", submission.View.GetValue("note", "note_input"));
        Assert.Equal("high", submission.View.GetValue("level", "level_select"));
        Assert.Equal(["a", "b"], submission.View.GetValues("topics", "topics_select"));
        Assert.Null(submission.View.GetValue("missing", "x"));
    }

    [Fact]
    public void Unrouted_interaction_types_parse_as_other_interactions()
    {
        var json = """{"type":"shortcut","user":{"id":"U1"},"team":{"id":"T1"},"callback_id":"s","trigger_id":"tr"}""";

        Assert.IsType<OtherInteraction>(InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(json))).Value);
    }
}
