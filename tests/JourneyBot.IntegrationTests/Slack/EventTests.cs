using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

public sealed class EventTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Callback(string eventId, Dictionary<string, object?> evt) => JsonSerializer.Serialize(new
    {
        type = "event_callback", team_id = "T1", api_app_id = "A1", event_id = eventId, event_time = 1700000000,
        @event = evt.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
    });

    private static string Mention(string eventId, string text, string user = "U123", string ts = "1700000000.000100", string? threadTs = null) =>
        Callback(eventId, new()
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = "<@UBOT> " + text, ["ts"] = ts, ["channel"] = "C9", ["event_ts"] = ts, ["thread_ts"] = threadTs,
        });

    private static string DirectMessage(string eventId, string text, string user = "U123", string? botId = null, string? subtype = null) =>
        Callback(eventId, new()
        {
            ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D1", ["user"] = user, ["text"] = text, ["ts"] = "1700000001.000100",
            ["bot_id"] = botId, ["subtype"] = subtype,
        });

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        var response = await _app.EventAsync("""{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mention_is_acked_at_once_and_answered_in_its_thread()
    {
        var response = await _app.EventAsync(Mention("Ev1", "which collateral fits consideration for CI managers?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);
        var post = _app.Slack.CallsTo("chat.postMessage")[0].Json;
        Assert.Equal("C9", post.GetProperty("channel").GetString());
        Assert.Equal("1700000000.000100", post.GetProperty("thread_ts").GetString());
        Assert.Contains("Consideration", post.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_plain_mention_with_a_tracked_link_is_answered_with_the_next_offer_and_how_it_was_read()
    {
        // As Slack sends it: the link wrapped with its label, '&' as an entity, the bot's mention first.
        var text = "got anything to send a CI manager &amp; team after "
            + "<https://content.example.com/ci/hidden-cost-of-slow-builds?utm_campaign=q4&amp;utm_source=slack|the slow builds paper>?";

        await _app.EventAsync(Mention("EvPlain", text));

        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);
        var blocks = _app.Slack.CallsTo("chat.postMessage")[0].Json.GetProperty("blocks").GetRawText();
        Assert.Contains("Next offer: Consideration · Continuous Integration · Manager", blocks);
        Assert.Contains("Read as: next offer · Continuous Integration · after The Hidden Cost of Slow Builds", blocks);
    }

    [Fact]
    public async Task A_mention_inside_a_thread_is_answered_in_that_thread()
    {
        await _app.EventAsync(Mention("Ev2", "what next for ci at mql?", ts: "1700000005.000200", threadTs: "1700000000.000001"));
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);
        Assert.Equal("1700000000.000001", _app.Slack.CallsTo("chat.postMessage")[0].Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_retried_event_is_not_answered_twice()
    {
        await _app.EventAsync(Mention("EvRetry", "value play for gitops"));
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 1);

        var retry = await _app.EventAsync(Mention("EvRetry", "value play for gitops"), retryNum: 1);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await _app.EventAsync(Mention("EvOther", "stage awareness"));
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 2);
        await Task.Delay(200);

        Assert.Equal(2, _app.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_DM_is_answered_and_the_bots_own_and_other_bots_messages_are_ignored()
    {
        await _app.EventAsync(DirectMessage("EvOwn", "next-offer ci inquiry", user: "UBOT"));
        await _app.EventAsync(DirectMessage("EvBot", "next-offer ci inquiry", user: "U777", botId: "B777"));
        await _app.EventAsync(DirectMessage("EvEdit", "next-offer ci inquiry", subtype: "message_changed"));
        await _app.EventAsync(DirectMessage("EvHuman", "next-offer ci inquiry"));

        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count >= 1);
        await Task.Delay(300);
        var post = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("D1", post.Json.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Malformed_json_gets_400_not_a_server_error()
    {
        var response = await _app.EventAsync("{\"type\":\"event_callback\",");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_rate_limited_reply_waits_for_Retry_After_and_is_posted_once()
    {
        _app.Slack.Script("chat.postMessage", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "1"));

        await _app.EventAsync(Mention("Ev429", "stage decision"));

        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Count == 2);
        await Task.Delay(200);
        Assert.Equal(2, _app.Slack.CallsTo("chat.postMessage").Count); // the 429, then the one that went through
    }

    [Fact]
    public async Task Opening_the_home_tab_publishes_the_journey_map()
    {
        await _app.EventAsync("""{"type":"event_callback","team_id":"T1","event_id":"EvHome","event":{"type":"app_home_opened","user":"U55","channel":"D55","tab":"home"}}""");

        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.publish").Count == 1);
        var publish = _app.Slack.CallsTo("views.publish")[0].Json;
        Assert.Equal("U55", publish.GetProperty("user_id").GetString());
        var view = publish.GetProperty("view");
        Assert.Equal("home", view.GetProperty("type").GetString());
        Assert.Contains("Continuous Integration", view.GetRawText());
    }

    [Fact]
    public async Task An_event_already_handled_before_a_restart_is_not_answered_again()
    {
        var slack = await FakeSlack.Start();
        var folder = Directory.CreateTempSubdirectory("journeybot-restart-").FullName;
        try
        {
            await using (var first = await JourneyBotApp.StartAsync(folder: folder, slack: slack))
            {
                await first.EventAsync(Mention("EvPersist", "stage awareness"));
                await first.WaitForAsync(() => slack.CallsTo("chat.postMessage").Count == 1);
            }
            await using var second = await JourneyBotApp.StartAsync(folder: folder, slack: slack);
            await second.EventAsync(Mention("EvPersist", "stage awareness"), retryNum: 2);
            await second.EventAsync(Mention("EvFresh", "stage awareness"));
            await second.WaitForAsync(() => slack.CallsTo("chat.postMessage").Count == 2);
            await Task.Delay(300);
            Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        }
        finally
        {
            await slack.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* harmless */ }
        }
    }
}
