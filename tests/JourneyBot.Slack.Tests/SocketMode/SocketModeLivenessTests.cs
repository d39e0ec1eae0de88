using System.Net.WebSockets;
using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.Tests.SocketMode;

/// <summary>A Socket Mode connection that dies in any way (silence, a bad frame, a bare close) is noticed, logged and replaced.</summary>
public sealed class SocketModeLivenessTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SocketModeTestHost? _host;

    public async Task InitializeAsync() => _slack = await FakeSlack.Start();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task<SocketModeTestHost> Start(string? silenceTimeout = null) =>
        _host = await SocketModeTestHost.Start(_slack, silenceTimeout is null ? null : new Dictionary<string, string?>
        {
            ["Slack:SocketMode:SilenceTimeout"] = silenceTimeout,
        });

    /// <summary><c>{"type":"…"}</c> whose string holds the bytes FF FE, which are not UTF-8.</summary>
    private static readonly byte[] JsonWithInvalidUtf8 = [.. "{\"type\":\""u8, 0xFF, 0xFE, .. "\"}"u8];

    private static async Task RoundTrip(FakeSocket socket, string envelopeId)
    {
        const string payload = """{"team_id":"T1","channel_id":"C1","user_id":"U1","command":"/demo","text":"hi","response_url":"https://hooks.slack.com/commands/x","trigger_id":"tr1"}""";
        await socket.Send($$"""{"envelope_id":"{{envelopeId}}","type":"slash_commands","payload":{{payload}},"accepts_response_payload":true}""");
        Assert.Equal(envelopeId, (await socket.Receive()).GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task Silence_after_hello_drops_the_connection_and_reconnects_with_a_fresh_url()
    {
        var host = await Start(silenceTimeout: "00:00:00.300");
        var first = await host.Connected();

        var second = await _slack.NextSocket(TimeSpan.FromSeconds(10));

        Assert.NotEqual(first.Number, second.Number);
        Assert.True(_slack.CallsTo("apps.connections.open").Count >= 2);
        Assert.True(host.Logged("no frame from Slack"));
    }

    [Fact]
    public async Task Slack_pings_keep_a_quiet_connection_open()
    {
        _slack.PingInterval = TimeSpan.FromMilliseconds(100);
        var host = await Start(silenceTimeout: "00:00:03"); // generous: a loaded CI machine can stall for a second
        var socket = await host.Connected();

        await Task.Delay(TimeSpan.FromSeconds(4.5));

        await RoundTrip(socket, "env-quiet");
        Assert.Single(_slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task Binary_frame_with_invalid_utf8_is_logged_and_the_connection_replaced()
    {
        var host = await Start();
        var first = await host.Connected();
        await RoundTrip(first, "env-before");

        await first.SendFrame(JsonWithInvalidUtf8, WebSocketMessageType.Binary);
        var second = await host.Connected();

        await RoundTrip(second, "env-after");
        Assert.True(host.Logged("binary"));
    }

    [Fact]
    public async Task Text_frame_with_invalid_utf8_is_logged_and_the_connection_replaced()
    {
        var host = await Start();
        var first = await host.Connected();
        await RoundTrip(first, "env-before");

        await first.SendFrame(JsonWithInvalidUtf8, WebSocketMessageType.Text);
        var second = await host.Connected();

        await RoundTrip(second, "env-after");
        Assert.True(host.Logged("dropped"));
    }

    [Fact]
    public async Task Close_without_disconnect_message_reconnects()
    {
        var host = await Start();
        var first = await host.Connected();
        await RoundTrip(first, "env-before");

        await first.CloseWithoutDisconnect();
        var second = await host.Connected();

        await RoundTrip(second, "env-after");
        Assert.True(host.Logged("going away"));
    }

    [Fact]
    public async Task A_zero_silence_timeout_fails_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(silenceTimeout: "00:00:00"));

        Assert.Contains("Slack:SocketMode:SilenceTimeout", error.Message);
    }
}
