using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Slack.Tests.SocketMode;

/// <summary>The <c>slack-socket-mode</c> readiness check, over the real client and a local WebSocket server, on a fake clock.</summary>
public sealed class SocketModeHealthCheckTests : IAsyncLifetime
{
    private const string Check = "slack-socket-mode";

    private readonly FakeTimeProvider _clock = new();
    private FakeSlack _slack = null!;
    private SocketModeTestHost? _host;

    public async Task InitializeAsync() => _slack = await FakeSlack.Start();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task<HealthReportEntry> Readiness() => (await _host!.Readiness()).Entries[Check];

    private Task Until(string description) => SocketModeTestHost.Eventually(
        async () => (await Readiness()).Description?.Contains(description, StringComparison.Ordinal) == true, description);

    /// <summary>A connection that said hello, then dropped; the client waits out its backoff on the fake clock.</summary>
    private async Task ConnectThenDrop()
    {
        _host = await SocketModeTestHost.Start(_slack, time: _clock);
        var socket = await _host.Connected();
        await Until("connected");
        socket.Drop();
        await Until("reconnecting");
        await SocketModeTestHost.Eventually(() => Task.FromResult(_host.Logged("reconnecting in")), "the backoff to start");
    }

    [Fact]
    public async Task Healthy_when_socket_mode_is_off()
    {
        _host = await SocketModeTestHost.Start(_slack, new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = null,
            ["Slack:SigningSecret"] = "a-signing-secret",
        }, _clock);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(HealthStatus.Healthy, (await Readiness()).Status);
    }

    [Fact]
    public async Task Healthy_while_disconnected_for_less_than_the_window()
    {
        await ConnectThenDrop();

        _clock.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(HealthStatus.Healthy, (await Readiness()).Status);
    }

    [Fact]
    public async Task Unhealthy_once_disconnected_past_the_window()
    {
        await ConnectThenDrop();

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HealthStatus.Unhealthy, (await Readiness()).Status);
    }

    [Fact]
    public async Task Healthy_again_once_a_new_connection_says_hello()
    {
        await ConnectThenDrop();
        _clock.Advance(TimeSpan.FromSeconds(61));

        await _host!.Connected();

        await Until("connected");
        Assert.Equal(HealthStatus.Healthy, (await Readiness()).Status);
    }

    [Fact]
    public async Task Unhealthy_when_socket_mode_never_connects_within_the_window()
    {
        _slack.Script("apps.connections.open", Enumerable.Repeat(new FakeResponse(200, """{"ok":false,"error":"invalid_auth"}"""), 1000).ToArray());
        _host = await SocketModeTestHost.Start(_slack, time: _clock);

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HealthStatus.Unhealthy, (await Readiness()).Status);
    }
}
