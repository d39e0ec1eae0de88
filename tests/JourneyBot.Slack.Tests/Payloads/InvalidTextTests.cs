using System.Text;
using System.Text.Json;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Tests.TestSupport;

namespace JourneyBot.Slack.Tests.Payloads;

/// <summary>
/// JSON that is well formed but whose text is not Unicode (raw bytes that are not UTF-8, escapes of lone surrogates)
/// parses into a document whose strings throw when read. Found by the fuzz test as HTTP 500s; now a parse error.
/// </summary>
public sealed class InvalidTextTests
{
    private const string Mention = """{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"hi","ts":"1","channel":"C1"}}""";

    private static byte[] WithBytes(string json, string find, byte[] replacement)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. replacement, .. Encoding.UTF8.GetBytes(json[(at + find.Length)..])];
    }

    [Theory]
    [InlineData("event_callback")]  // the envelope's type
    [InlineData("T1")]              // a field read at once
    [InlineData("hi")]              // a field of the inner event
    [InlineData("Ev1")]
    public void An_event_with_bytes_that_are_not_utf8_is_malformed(string field)
    {
        var result = EventEnvelope.Parse(WithBytes(Mention, field, [0xC6, 0x80, 0xFF]));

        Assert.Equal(ParseFailure.Malformed, result.Failure);
        Assert.Contains("UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\ud800")]         // a high surrogate with nothing after it
    [InlineData(@"\udc00\ud800x")]  // a low surrogate first
    public void An_event_with_a_lone_surrogate_escape_is_malformed(string escape)
    {
        foreach (var field in new[] { "event_callback", "T1", "hi", "\"user\"" })
        {
            var replacement = field == "\"user\"" ? $"\"{escape}\"" : escape; // property names too
            var result = EventEnvelope.Parse(Encoding.UTF8.GetBytes(Mention.Replace(field, replacement, StringComparison.Ordinal)));

            Assert.Equal(ParseFailure.Malformed, result.Failure);
            Assert.Contains("Unicode", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"block_actions\"", "\"\\ud800\"")]
    [InlineData("\"T1\"", "\"\\udc00\"")]
    [InlineData("\"option-2\"", "\"\\ud800\\ud800\"")]
    public void An_interaction_with_a_lone_surrogate_escape_is_malformed(string find, string replacement)
    {
        var json = SlackBodies.BlockActionsJson.Replace(find, replacement, StringComparison.Ordinal);

        var result = InteractionPayload.Parse(Encoding.UTF8.GetBytes(SlackBodies.InteractionForm(json)));

        Assert.Equal(ParseFailure.Malformed, result.Failure);
    }

    [Fact]
    public void A_socket_mode_payload_with_a_lone_surrogate_escape_is_malformed()
    {
        using var slash = JsonDocument.Parse("""{"command":"/journey","user_id":"U1","team_id":"T1","text":"\udc00"}""");
        using var interaction = JsonDocument.Parse("""{"type":"shortcut","user":{"id":"U1"},"callback_id":"\ud800"}""");

        Assert.Equal(ParseFailure.Malformed, SlashCommand.Parse(slash.RootElement).Failure);
        Assert.Equal(ParseFailure.Malformed, InteractionPayload.Parse(interaction.RootElement).Failure);
    }

    [Fact]
    public void Escapes_of_valid_text_still_parse()
    {
        var json = Mention.Replace("\"hi\"", "\"caf\\u00e9 \\ud83d\\ude00 \\/ \\\"q\\\"\"", StringComparison.Ordinal)
            .Replace("\"user\"", "\"\\u0075ser\"", StringComparison.Ordinal);

        var mention = EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)).Value?.Callback?.AppMention;

        Assert.Equal(("U1", "café 😀 / \"q\""), (mention?.User, mention?.Text));
    }
}
