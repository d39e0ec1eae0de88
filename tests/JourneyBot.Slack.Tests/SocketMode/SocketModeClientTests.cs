using System.Text.Json;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-socket-secret-token";

    private readonly ListLoggerProvider _logs = new();
    private readonly Recorder _recorder = new();
    private FakeSlack _slack = null!;
    private IHost? _host;

    public async Task InitializeAsync() => _slack = await FakeSlack.Start();

    /// <summary>Starts the bot's host; tests that script the fake Slack first do so before this runs.</summary>
    private async Task StartHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(_logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-bot",
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Slack:SocketMode:InitialReconnectDelay"] = "00:00:00.010",
            ["Slack:SocketMode:MaxReconnectDelay"] = "00:00:00.050",
        });
        builder.Services.AddSingleton(_recorder);
        builder.Services.AddSlack().AddRecordingHandlers();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        await _slack.DisposeAsync();
    }

    private async Task<FakeSocket> Connected()
    {
        if (_host is null)
            await StartHost();
        var socket = await _slack.NextSocket();
        await socket.SendHello();
        return socket;
    }

    /// <summary>A full round trip, so the client has surely finished connecting before the test breaks things.</summary>
    private static async Task RoundTrip(FakeSocket socket, string envelopeId)
    {
        await socket.Send(Envelope(envelopeId, "slash_commands", SlashPayload, acceptsResponse: true));
        Assert.Equal(envelopeId, (await socket.Receive()).GetProperty("envelope_id").GetString());
    }

    private static string Envelope(string id, string type, string payload, bool acceptsResponse = false, int retryAttempt = 0) =>
        $$"""{"envelope_id":"{{id}}","type":"{{type}}","payload":{{payload}},"accepts_response_payload":{{(acceptsResponse ? "true" : "false")}},"retry_attempt":{{retryAttempt}},"retry_reason":"{{(retryAttempt > 0 ? "timeout" : "")}}"}""";

    private const string SlashPayload = """{"token":"t","team_id":"T1","team_domain":"acme","channel_id":"C1","channel_name":"general","user_id":"U1","user_name":"ana","command":"/demo","text":"over socket","api_app_id":"A1","is_enterprise_install":"false","response_url":"https://hooks.slack.com/commands/x","trigger_id":"tr1"}""";

    [Fact]
    public async Task Opens_the_connection_with_the_app_token()
    {
        await Connected();

        Assert.Equal($"Bearer {AppToken}", Assert.Single(_slack.CallsTo("apps.connections.open")).Authorization);
    }

    [Fact]
    public async Task Slash_command_is_answered_in_the_ack_payload()
    {
        var socket = await Connected();

        await socket.Send(Envelope("env-1", "slash_commands", SlashPayload, acceptsResponse: true));
        var ack = await socket.Receive();

        Assert.Equal("env-1", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("""{"response_type":"ephemeral","text":"echo: over socket"}""", ack.GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task Events_api_envelope_is_acked_and_handled_once_even_when_resent_as_a_retry()
    {
        var socket = await Connected();
        var payload = SlackBodies.AppMention("EvSocket1");

        await socket.Send(Envelope("env-a", "events_api", payload));
        Assert.Equal("""{"envelope_id":"env-a"}""", (await socket.Receive()).GetRawText());
        await _recorder.Next<EventCallback>();
        await socket.Send(Envelope("env-b", "events_api", payload, retryAttempt: 1));
        Assert.Equal("env-b", (await socket.Receive()).GetProperty("envelope_id").GetString());
        await socket.Send(Envelope("env-c", "events_api", SlackBodies.AppMention("EvSocket2")));
        await socket.Receive();
        await _recorder.Next<EventCallback>();
        await Task.Delay(100);

        Assert.Single(_recorder.All<EventCallback>(), e => e.EventId == "EvSocket1");
    }

    [Fact]
    public async Task Retried_slash_command_envelope_is_acked_without_running_the_handler_again()
    {
        var socket = await Connected();

        await socket.Send(Envelope("env-s", "slash_commands", SlashPayload, acceptsResponse: true));
        await socket.Receive();
        await socket.Send(Envelope("env-s", "slash_commands", SlashPayload, acceptsResponse: true, retryAttempt: 1));
        var retryAck = await socket.Receive();

        Assert.Equal("""{"envelope_id":"env-s"}""", retryAck.GetRawText());
        Assert.Single(_recorder.All<SlashCommand>());
    }

    [Fact]
    public async Task Block_actions_envelope_is_acked_and_routed_to_its_handler()
    {
        var socket = await Connected();

        await socket.Send(Envelope("env-i", "interactive", SlackBodies.BlockActionsJson, acceptsResponse: false));

        Assert.Equal("""{"envelope_id":"env-i"}""", (await socket.Receive()).GetRawText());
        Assert.Equal("option-2", (await _recorder.Next<BlockAction>()).Value);
    }

    [Fact]
    public async Task View_submission_response_action_is_sent_in_the_ack_payload()
    {
        _recorder.SubmissionReply = _ => ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["note"] = "Say more" });
        var socket = await Connected();

        await socket.Send(Envelope("env-v", "interactive", SlackBodies.ViewSubmissionJson, acceptsResponse: true));
        var ack = await socket.Receive();

        Assert.Equal("""{"response_action":"errors","errors":{"note":"Say more"}}""", ack.GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task Refresh_requested_opens_a_new_connection_before_closing_the_old_one()
    {
        var first = await Connected();

        await first.Send("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-1"}}""");
        var second = await _slack.NextSocket();
        await first.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5));
        await second.SendHello();

        await RoundTrip(second, "env-2");
        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task Dropped_socket_is_reconnected()
    {
        var first = await Connected();
        await RoundTrip(first, "env-before");

        first.Drop();
        var second = await Connected();

        await RoundTrip(second, "env-after");
        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
        Assert.Contains(_logs.Lines, line => line.Contains("dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_connections_open_is_retried_with_backoff()
    {
        _slack.Script("apps.connections.open", new FakeResponse(200, """{"ok":false,"error":"internal_error"}"""), new FakeResponse(503, "busy"));

        await Connected();

        Assert.True(_slack.CallsTo("apps.connections.open").Count >= 3);
        Assert.Contains(_logs.Lines, line => line.Contains("apps.connections.open", StringComparison.Ordinal) && line.Contains("internal_error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Link_disabled_stops_socket_mode_without_reconnecting()
    {
        var socket = await Connected();

        await socket.Send("""{"type":"disconnect","reason":"link_disabled"}""");
        await socket.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(200); // many backoff periods

        Assert.Single(_slack.CallsTo("apps.connections.open"));
        Assert.Contains(_logs.Lines, line => line.Contains("link_disabled", StringComparison.Ordinal) || line.Contains("disabled this app's Socket Mode link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_token_never_reaches_the_logs()
    {
        var first = await Connected();
        await RoundTrip(first, "env-1");
        first.Drop();
        await RoundTrip(await Connected(), "env-2");

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(AppToken, StringComparison.Ordinal));
    }
}
