using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.IntegrationTests.Slack;

public sealed class MoreButtonTests : IAsyncLifetime
{
    private readonly ListLoggerProvider _logs = new();
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // Slack's response_url expires after 30 minutes: a click on an old message's button is a 404 there. Found by the fuzz
    // test (a response_url with a byte changed) as an error log with a stack trace from the background worker.
    [Fact]
    public async Task A_more_click_whose_response_url_has_expired_is_logged_without_an_error()
    {
        _app.Slack.Script("expired", new FakeResponse(404, "expired_url"));
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = "U123" }, team = new { id = "T1" }, channel = new { id = "C123" },
            response_url = new Uri(_app.Slack.BaseUrl, "/hooks/expired").AbsoluteUri,
            actions = new[] { new { action_id = "journey_more", type = "button", value = """{"Q":"next-offer ci inquiry","O":5}""" } },
        });

        Assert.Equal(HttpStatusCode.OK, (await _app.InteractionAsync(payload)).StatusCode);

        await _app.WaitForAsync(() => _logs.Lines.Any(l => l.Contains("could not replace the message", StringComparison.Ordinal)));
        Assert.Single(_app.Slack.CallsTo("expired"));
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }
}
