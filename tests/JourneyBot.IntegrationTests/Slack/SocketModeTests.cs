using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>The whole bot over Socket Mode: a local WebSocket server stands in for Slack; no public URL, no signing secret.</summary>
public sealed class SocketModeTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;
    private FakeSocket _socket = null!;

    public async Task InitializeAsync()
    {
        _app = await JourneyBotApp.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = null,
            ["Slack:AppToken"] = "xapp-1-test-not-real",
            ["Slack:SocketMode:InitialReconnectDelay"] = "00:00:00.050",
        });
        _socket = await _app.Slack.NextSocket(TimeSpan.FromSeconds(10));
        await _socket.SendHello();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Envelope(string id, string type, object payload, bool accepts = false, int retry = 0) => JsonSerializer.Serialize(new
    {
        envelope_id = id, type, payload, accepts_response_payload = accepts, retry_attempt = retry, retry_reason = retry > 0 ? "timeout" : "",
    });

    private static object SlashCommand(string text) => new
    {
        team_id = "T1", channel_id = "C1", user_id = "U1", command = "/journey", text, response_url = "http://127.0.0.1:9/hooks/nowhere", trigger_id = "1.2.3",
    };

    private static object Mention(string eventId, string text) => new
    {
        type = "event_callback", team_id = "T1", event_id = eventId,
        @event = new { type = "app_mention", user = "U1", text = "<@UBOT> " + text, ts = "1700000000.000100", channel = "C7" },
    };

    [Fact]
    public void The_app_token_opens_the_connection()
    {
        var open = Assert.Single(_app.Slack.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer xapp-1-test-not-real", open.Authorization);
    }

    [Fact]
    public async Task A_slash_command_is_answered_in_the_ack_payload()
    {
        await _socket.Send(Envelope("env-1", "slash_commands", SlashCommand("next-offer ci inquiry"), accepts: true));

        var ack = await _socket.Receive();
        Assert.Equal("env-1", ack.GetProperty("envelope_id").GetString());
        Assert.Contains("Consideration", ack.GetProperty("payload").GetProperty("text").GetString());
        Assert.True(ack.GetProperty("payload").GetProperty("blocks").GetArrayLength() > 2);
    }

    [Fact]
    public async Task A_mention_is_acked_then_answered_in_its_thread_through_the_Web_API()
    {
        await _socket.Send(Envelope("env-2", "events_api", Mention("EvS1", "stage consideration")));

        Assert.Equal("env-2", (await _socket.Receive()).GetProperty("envelope_id").GetString());
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);
        var post = _app.Slack.CallsTo("chat.postMessage")[0].Json;
        Assert.Equal(("C7", "1700000000.000100"), (post.GetProperty("channel").GetString(), post.GetProperty("thread_ts").GetString()));
    }

    [Fact]
    public async Task A_retried_envelope_is_not_answered_twice()
    {
        await _socket.Send(Envelope("env-3", "events_api", Mention("EvS2", "stage decision")));
        await _socket.Receive();
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);

        await _socket.Send(Envelope("env-3b", "events_api", Mention("EvS2", "stage decision"), retry: 1));
        Assert.Equal("env-3b", (await _socket.Receive()).GetProperty("envelope_id").GetString());
        await Task.Delay(300);

        Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_modal_submission_with_a_bad_url_gets_field_errors_in_the_ack()
    {
        var submission = new
        {
            type = "view_submission", user = new { id = "U1" }, team = new { id = "T1" },
            view = new
            {
                id = "V1", callback_id = "add_collateral",
                state = new
                {
                    values = new Dictionary<string, object>
                    {
                        ["title"] = new { value = new { type = "plain_text_input", value = "A title" } },
                        ["url"] = new { value = new { type = "plain_text_input", value = "ftp://nope" } },
                        ["stages"] = new { value = new { type = "multi_static_select", selected_options = new[] { new { value = "awareness" } } } },
                        ["use_cases"] = new { value = new { type = "multi_static_select", selected_options = new[] { new { value = "ci" } } } },
                    },
                },
            },
        };
        await _socket.Send(Envelope("env-4", "interactive", submission, accepts: true));

        var payload = (await _socket.Receive()).GetProperty("payload");
        Assert.Equal("errors", payload.GetProperty("response_action").GetString());
        Assert.True(payload.GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Refresh_requested_opens_a_new_connection_that_keeps_answering()
    {
        await _socket.Send("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"test"}}""");

        var next = await _app.Slack.NextSocket(TimeSpan.FromSeconds(10));
        await next.SendHello();
        Assert.Equal(2, _app.Slack.CallsTo("apps.connections.open").Count);
        await next.Send(Envelope("env-5", "slash_commands", SlashCommand("help"), accepts: true));
        Assert.Equal("env-5", (await next.Receive()).GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task A_dropped_socket_is_reconnected()
    {
        _socket.Drop();

        var next = await _app.Slack.NextSocket(TimeSpan.FromSeconds(10));
        await next.SendHello();
        await next.Send(Envelope("env-6", "slash_commands", SlashCommand("stage awareness"), accepts: true));
        Assert.Contains("Awareness", (await next.Receive()).GetProperty("payload").GetProperty("text").GetString());
    }
}

public sealed class SocketModeBesideHttpTests
{
    [Fact]
    public async Task Http_endpoints_keep_working_beside_Socket_Mode_when_a_signing_secret_is_set()
    {
        await using var app = await JourneyBotApp.StartAsync(new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-test-not-real" });
        var socket = await app.Slack.NextSocket(TimeSpan.FromSeconds(10));
        await socket.SendHello();

        var response = await app.CommandAsync("stage decision");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Decision", await response.Content.ReadAsStringAsync());
    }
}

/// <summary><c>/readyz</c> follows Socket Mode: a bot that cannot hear Slack for longer than the window is not ready.</summary>
public sealed class SocketModeReadinessTests
{
    [Fact]
    public async Task Readyz_is_unavailable_while_Socket_Mode_is_disconnected_past_the_window_and_ready_again_after_hello()
    {
        await using var app = await JourneyBotApp.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = null,
            ["Slack:AppToken"] = "xapp-1-test-not-real",
            ["Slack:SocketMode:InitialReconnectDelay"] = "00:00:00.050",
            ["Slack:SocketMode:UnhealthyAfterDisconnected"] = "00:00:00.500",
        });
        var first = await app.Slack.NextSocket(TimeSpan.FromSeconds(10));
        await first.SendHello();
        await ReadyzBecomes(app, HttpStatusCode.OK);

        first.Drop();
        var second = await app.Slack.NextSocket(TimeSpan.FromSeconds(10)); // reconnected, but Slack has not said hello
        await ReadyzBecomes(app, HttpStatusCode.ServiceUnavailable);

        await second.SendHello();
        await ReadyzBecomes(app, HttpStatusCode.OK);
    }

    private static async Task ReadyzBecomes(JourneyBotApp app, HttpStatusCode status)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode last;
        while ((last = (await app.Client.GetAsync("/readyz")).StatusCode) != status)
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"/readyz stayed {last}, expected {status}");
            await Task.Delay(50);
        }
    }
}
