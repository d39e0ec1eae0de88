using System.Net;
using System.Text.Json;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Signing;
using JourneyBot.Slack.Tests.TestSupport;

namespace JourneyBot.Slack.Tests.AspNetCore;

public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private SlackTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackTestHost.Start();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Signed_slash_command_is_answered_with_its_handlers_message()
    {
        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand("next steps"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"response_type":"ephemeral","text":"echo: next steps"}""", await response.Content.ReadAsStringAsync());
        var command = Assert.Single(_host.Recorder.All<SlashCommand>());
        Assert.Equal(("/demo", "U1", "C1"), (command.Command, command.UserId, command.ChannelId));
    }

    [Fact]
    public async Task Slash_command_handler_returning_null_gets_an_empty_200()
    {
        _host.Recorder.SlashReply = _ => null;

        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forged_signature_gets_401_with_an_empty_body_and_no_handler_runs()
    {
        var body = SlackBodies.SlashCommand();
        var request = SlackTestHost.Request("/slack/commands", body, "application/x-www-form-urlencoded");
        request.Headers.Add(SlackRequestSigner.TimestampHeader, SlackTestHost.Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, SlackRequestSigner.Sign("wrong-secret", SlackTestHost.Now, body));

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Recorder.All<SlashCommand>());
    }

    [Fact]
    public async Task Stale_signed_request_gets_401_and_no_handler_runs()
    {
        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand(), timestamp: SlackTestHost.Now - 600);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Recorder.All<SlashCommand>());
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    [InlineData("/slack/interactions")]
    public async Task Unsigned_request_to_any_endpoint_gets_401_and_no_handler_runs(string path)
    {
        var body = path.EndsWith("events", StringComparison.Ordinal) ? SlackBodies.AppMention() : SlackBodies.SlashCommand();

        var response = await _host.Client.SendAsync(SlackTestHost.Request(path, body, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Task.Delay(50); // give a (wrongly) queued event the chance to run
        Assert.Empty(_host.Recorder.All<object>());
    }

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        var response = await _host.PostJson("/slack/events", """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_is_acknowledged_at_once_and_handled_in_the_background()
    {
        var response = await _host.PostJson("/slack/events", SlackBodies.AppMention("Ev42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var callback = await _host.Recorder.Next<EventCallback>();
        Assert.Equal("Ev42", callback.EventId);
        Assert.Equal("1700000000.000100", callback.AppMention?.ReplyThreadTs);
    }

    [Fact]
    public async Task Retried_event_is_answered_200_but_handled_only_once()
    {
        var first = await _host.PostJson("/slack/events", SlackBodies.AppMention("Ev7"));
        await _host.Recorder.Next<EventCallback>();

        var retry = await _host.PostJson("/slack/events", SlackBodies.AppMention("Ev7"),
            new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        // A different event after the retry proves the queue has moved past it.
        await _host.PostJson("/slack/events", SlackBodies.AppMention("Ev8"));
        await _host.Recorder.Next<EventCallback>();
        await Task.Delay(100);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Single(_host.Recorder.All<EventCallback>(), e => e.EventId == "Ev7");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1"}""")]
    public async Task Malformed_event_body_gets_400(string body)
    {
        var response = await _host.PostJson("/slack/events", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("nothing=here")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D")]
    public async Task Malformed_interaction_body_gets_400(string body)
    {
        var response = await _host.PostForm("/slack/interactions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Slash_command_without_a_command_field_gets_400()
    {
        var response = await _host.PostForm("/slack/commands", "team_id=T1&user_id=U1&text=hi");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_command_text_gets_an_ephemeral_explanation_and_no_handler_runs()
    {
        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand(new string('x', 10_001)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        Assert.Contains("10,000", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_host.Recorder.All<SlashCommand>());
    }

    [Fact]
    public async Task Body_over_one_mebibyte_gets_413()
    {
        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand(new string('x', 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Recorder.All<SlashCommand>());
    }

    [Fact]
    public async Task Unregistered_command_gets_an_ephemeral_not_handled_message()
    {
        var response = await _host.PostForm("/slack/commands", SlackBodies.SlashCommand(command: "/<!channel>"));

        var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString();
        Assert.Equal("Sorry, /&lt;!channel&gt; is not handled by this app.", text);
    }

    [Fact]
    public async Task Block_action_is_acknowledged_empty_and_routed_by_action_id()
    {
        var response = await _host.PostForm("/slack/interactions", SlackBodies.InteractionForm(SlackBodies.BlockActionsJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var action = await _host.Recorder.Next<BlockAction>();
        Assert.Equal(("pick", "option-2"), (action.ActionId, action.Value));
    }

    [Fact]
    public async Task View_submission_errors_are_returned_as_response_action()
    {
        _host.Recorder.SubmissionReply = _ => ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["note"] = "Too short" });

        var response = await _host.PostForm("/slack/interactions", SlackBodies.InteractionForm(SlackBodies.ViewSubmissionJson));

        Assert.Equal("""{"response_action":"errors","errors":{"note":"Too short"}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("V1", Assert.Single(_host.Recorder.All<ViewSubmission>()).View.Id);
    }

    [Fact]
    public async Task View_submission_handler_returning_null_closes_the_modal_with_an_empty_200()
    {
        var response = await _host.PostForm("/slack/interactions", SlackBodies.InteractionForm(SlackBodies.ViewSubmissionJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}
