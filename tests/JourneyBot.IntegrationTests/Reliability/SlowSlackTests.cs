using System.Diagnostics;
using System.Net;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Reliability;

/// <summary>Slack's Web API rate-limiting or failing while a slash command waits on it: a short message, never a 500.</summary>
public sealed class SlowSlackTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Add_whose_form_Slack_refuses_tells_the_user_at_once_and_changes_nothing(int status)
    {
        _app.Slack.Script("views.open", new FakeResponse(status, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "5"));
        var watch = Stopwatch.StartNew();

        var response = await _app.CommandAsync("add https://content.example.com/new-guide A New Guide");

        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("did not open", await response.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the reply took {watch.Elapsed.TotalSeconds:F1} s; Slack gives 3");
        Assert.Single(_app.Slack.CallsTo("views.open"));
    }
}
