using System.Net;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>The map picture in Slack over the real pipeline: after a signed <c>/journey gaps</c>, and on the App Home.</summary>
public sealed class MapPictureTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task OpenHomeAsync(string eventId) => _app.EventAsync(
        $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event":{"type":"app_home_opened","user":"U55","channel":"D55","tab":"home"}}""");

    [Fact]
    public async Task Gaps_answers_in_text_at_once_then_posts_the_uploaded_map_to_the_response_url()
    {
        var response = await _app.CommandAsync("gaps ci");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"image\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _app.WaitForAsync(() => _app.Slack.CallsTo("commands").Count > 0);
        var followUp = Assert.Single(_app.Slack.CallsTo("commands")).Json;
        var image = Assert.Single(followUp.GetProperty("blocks").EnumerateArray());
        var fileId = Assert.Single(_app.Slack.Uploads).Key;
        Assert.Equal(fileId, image.GetProperty("slack_file").GetProperty("id").GetString());
        Assert.Contains("Continuous Integration", image.GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_tab_shows_the_map_picture_uploaded_once_for_many_opens_of_one_catalog()
    {
        await OpenHomeAsync("EvHomeA");
        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.publish").Count == 1);
        await OpenHomeAsync("EvHomeB");
        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.publish").Count == 2);

        var fileId = Assert.Single(_app.Slack.Uploads).Key;
        Assert.All(_app.Slack.CallsTo("views.publish"), publish =>
        {
            var image = publish.Json.GetProperty("view").GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "image");
            Assert.Equal(fileId, image.GetProperty("slack_file").GetProperty("id").GetString());
        });
    }
}
