using System.Text;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Tests.TestSupport;

namespace JourneyBot.Slack.Tests.Payloads;

/// <summary>
/// Fields a handler cannot work without are checked when the payload is parsed, so a payload without them is a 400
/// at once instead of an acknowledged event whose handler throws later (both found by the fuzz test as error logs).
/// </summary>
public sealed class RequiredFieldTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static ParseResult<EventEnvelope> Event(string inner) =>
        EventEnvelope.Parse(Utf8($$"""{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{{inner}}}"""));

    [Theory]
    [InlineData("""{"type":"app_mention","user":"U1","text":"hi","ts":"1","channel":null}""")]
    [InlineData("""{"type":"app_mention","user":"U1","text":"hi","ts":"1","channel":""}""")]
    [InlineData("""{"type":"app_mention","user":"U1","text":"hi","ts":null,"channel":"C1"}""")]
    [InlineData("""{"type":"app_mention","user":"U1","text":"hi","ts":"","channel":"C1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"U1","text":"hi","ts":"1","channel":null}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"U1","text":"hi","ts":"1","channel":""}""")]
    [InlineData("""{"type":"app_home_opened","user":null,"tab":"home"}""")]
    [InlineData("""{"type":"app_home_opened","user":"","tab":"home"}""")]
    public void An_event_without_the_channel_ts_or_user_it_is_answered_by_is_malformed(string inner)
    {
        Assert.Equal(ParseFailure.Malformed, Event(inner).Failure);
    }

    [Fact]
    public void A_mention_with_a_null_text_reads_as_empty_text()
    {
        var mention = Event("""{"type":"app_mention","user":"U1","text":null,"ts":"1","channel":"C1"}""").Value?.Callback?.AppMention;

        Assert.Equal("", mention?.Text);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/hooks/relative")]
    [InlineData("ftp://hooks.slack.com/x")]
    [InlineData("javascript:alert(1)")]
    public void An_interaction_whose_response_url_is_not_an_http_url_is_malformed(string url)
    {
        var json = SlackBodies.BlockActionsJson.Replace("https://hooks.slack.com/actions/T1/1/x", url, StringComparison.Ordinal);

        var result = InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(json)));

        Assert.Equal(ParseFailure.Malformed, result.Failure);
        Assert.Contains("response_url", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slash_command_whose_response_url_is_not_an_http_url_is_malformed()
    {
        var result = SlashCommand.Parse(Utf8("command=%2Fjourney&user_id=U1&team_id=T1&text=hi&response_url=hooks.slack.com%2Fx"));

        Assert.Equal(ParseFailure.Malformed, result.Failure);
        Assert.Contains("response_url", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Payloads_without_a_response_url_still_parse()
    {
        var json = SlackBodies.BlockActionsJson.Replace("\"response_url\":\"https://hooks.slack.com/actions/T1/1/x\",", "", StringComparison.Ordinal);
        var empty = SlackBodies.BlockActionsJson.Replace("https://hooks.slack.com/actions/T1/1/x", "", StringComparison.Ordinal);

        Assert.Null(InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(json))).Value?.ResponseUrl);
        Assert.Null(InteractionPayload.Parse(Utf8(SlackBodies.InteractionForm(empty))).Value?.ResponseUrl);
        Assert.Null(SlashCommand.Parse(Utf8("command=%2Fjourney&user_id=U1&team_id=T1&response_url=")).Value?.ResponseUrl);
    }
}
