using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.SocketMode;

/// <summary>A generic host running the Slack library's Socket Mode client against a local fake Slack.</summary>
public sealed class SocketModeTestHost : IAsyncDisposable
{
    public const string AppToken = "xapp-1-socket-secret-token";

    private readonly IHost _host;

    private SocketModeTestHost(IHost host, FakeSlack slack, ListLoggerProvider logs)
    {
        _host = host;
        Slack = slack;
        Logs = logs;
    }

    public FakeSlack Slack { get; }

    public ListLoggerProvider Logs { get; }

    /// <param name="slack">A fake Slack scripted (or set to ping) before the client starts.</param>
    /// <param name="settings">Extra or overriding settings; a null value removes a key.</param>
    public static async Task<SocketModeTestHost> Start(FakeSlack slack, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var logs = new ListLoggerProvider();
        var values = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-bot",
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:SocketMode:InitialReconnectDelay"] = "00:00:00.010",
            ["Slack:SocketMode:MaxReconnectDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(values.Where(kv => kv.Value is not null));
        if (time is not null)
            builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(new Recorder());
        builder.Services.AddSlack().AddRecordingHandlers();
        var host = builder.Build();
        await host.StartAsync();
        return new SocketModeTestHost(host, slack, logs);
    }

    /// <summary>The next socket the client opens, after Slack's hello.</summary>
    public async Task<FakeSocket> Connected()
    {
        var socket = await Slack.NextSocket(TimeSpan.FromSeconds(10));
        await socket.SendHello();
        return socket;
    }

    /// <summary>Runs the checks <c>/readyz</c> runs (tagged <c>ready</c>).</summary>
    public Task<HealthReport> Readiness() =>
        _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

    public bool Logged(string text) => Logs.Lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits (bounded) for something the client does in the background.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"timed out waiting for: {what}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
