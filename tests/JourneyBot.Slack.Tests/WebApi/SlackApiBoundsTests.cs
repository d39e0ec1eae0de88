using System.Diagnostics;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Tests.TestSupport;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Slack.Tests.WebApi;

/// <summary>Every Web API call is bounded: a hung Slack times out, and views.open (3-second trigger) never waits out a 429.</summary>
public sealed class SlackApiBoundsTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:SigningSecret"] = "test-signing-secret",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Slack:ApiTimeoutSeconds"] = "1",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddSlack();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client => _services.GetRequiredService<SlackApiClient>();

    private static View Modal => new() { Type = ViewType.Modal, Title = new PlainText("t"), Blocks = [] };

    [Fact]
    public async Task A_call_to_a_hung_Slack_fails_with_timeout_after_the_configured_seconds()
    {
        _slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":true,"ts":"1.1"}""", Delay: TimeSpan.FromMinutes(2)));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessage(new SlackMessage { Channel = "C1", Text = "hi" }));

        Assert.Equal("timeout", error.Error);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Views_open_rate_limited_fails_at_once_without_waiting_out_retry_after()
    {
        _slack.Script("views.open", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "30"));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.OpenView("trigger", Modal));

        Assert.Equal("http_429", error.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"views.open took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Single(_slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task Views_open_on_a_Slack_server_error_fails_at_once()
    {
        _slack.Script("views.open", new FakeResponse(503, "upstream"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.OpenView("trigger", Modal));

        Assert.Equal("http_503", error.Error);
        Assert.Single(_slack.CallsTo("views.open"));
    }
}
