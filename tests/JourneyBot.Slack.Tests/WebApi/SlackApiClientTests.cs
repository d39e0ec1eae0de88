using System.Threading.Channels;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Tests.TestSupport;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Slack.Tests.WebApi;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private const string BotToken = "xoxb-secret-bot-token";
    private const string AppToken = "xapp-secret-app-token";

    private readonly ListLoggerProvider _logs = new();
    private readonly SignallingTimeProvider _time = new();
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(_time)
            .AddLogging(logging => logging.AddProvider(_logs));
        services.AddSlack();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client => _services.GetRequiredService<SlackApiClient>();

    [Fact]
    public async Task Post_message_sends_json_with_the_bot_token_and_returns_the_ts()
    {
        var ts = await Client.PostMessage(new SlackMessage { Channel = "C1", Text = "hello", ThreadTs = "1.0" });

        Assert.Equal("1700000000.000300", ts);
        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal($"Bearer {BotToken}", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("""{"channel":"C1","text":"hello","thread_ts":"1.0"}""", call.Body);
    }

    [Fact]
    public async Task Post_ephemeral_adds_the_user()
    {
        await Client.PostEphemeral("U1", new SlackMessage { Channel = "C1", Text = "only you" });

        Assert.Equal("U1", Assert.Single(_slack.CallsTo("chat.postEphemeral")).Json.GetProperty("user").GetString());
    }

    [Fact]
    public async Task Open_view_sends_the_trigger_and_returns_the_view_id()
    {
        var id = await Client.OpenView("tr1", new View { Type = ViewType.Modal, Title = new PlainText("T"), Blocks = [] });

        Assert.Equal("V123", id);
        Assert.Equal("tr1", Assert.Single(_slack.CallsTo("views.open")).Json.GetProperty("trigger_id").GetString());
    }

    [Fact]
    public async Task Publish_view_sends_the_home_tab_for_the_user()
    {
        await Client.PublishView("U1", new View { Type = ViewType.Home, Blocks = [new DividerBlock()] });

        var body = Assert.Single(_slack.CallsTo("views.publish")).Json;
        Assert.Equal(("U1", "home"), (body.GetProperty("user_id").GetString(), body.GetProperty("view").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Auth_test_returns_the_bots_identity()
    {
        Assert.Equal(new AuthIdentity("UBOT", "BBOT", "T1"), await Client.AuthTest());
    }

    [Fact]
    public async Task Opening_a_socket_connection_uses_the_app_token_not_the_bot_token()
    {
        var url = await Client.OpenSocketConnection();

        Assert.Equal("ws", url.Scheme);
        Assert.Equal($"Bearer {AppToken}", Assert.Single(_slack.CallsTo("apps.connections.open")).Authorization);
    }

    [Fact]
    public async Task Ok_false_throws_naming_the_method_and_slacks_error()
    {
        _slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":false,"error":"channel_not_found"}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessage(new SlackMessage { Channel = "C404", Text = "x" }));

        Assert.Equal(("chat.postMessage", "channel_not_found"), (error.Method, error.Error));
        Assert.Contains("chat.postMessage", error.Message, StringComparison.Ordinal);
        Assert.Contains("channel_not_found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_blocks_error_carries_slacks_explanation()
    {
        _slack.Script("chat.postMessage", new FakeResponse(200,
            """{"ok":false,"error":"invalid_blocks","response_metadata":{"messages":["[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"]}}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessage(new SlackMessage { Channel = "C1", Text = "x" }));

        Assert.Contains("json-pointer:/blocks/0/text/text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_appear_in_neither_exception_text_nor_logs()
    {
        _slack.Script("auth.test", new FakeResponse(200, """{"ok":false,"error":"invalid_auth"}"""));
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));

        var authError = await Assert.ThrowsAsync<SlackApiException>(() => Client.AuthTest());
        var openError = await Assert.ThrowsAsync<SlackApiException>(() => Client.OpenSocketConnection());

        var everything = string.Join('\n', [authError.ToString(), openError.ToString(), .. _logs.Lines]);
        Assert.DoesNotContain(BotToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AppToken, everything, StringComparison.Ordinal);
        Assert.Contains(_logs.Lines, line => line.Contains("auth.test failed: invalid_auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_call_waits_retry_after_then_succeeds()
    {
        _slack.Script("chat.postMessage", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "2"));

        var posting = Client.PostMessage(new SlackMessage { Channel = "C1", Text = "x" });
        var delay = await _time.NextTimer.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(2), delay);
        Assert.False(posting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("1700000000.000300", await posting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Rate_limiting_that_persists_gives_up_after_a_few_retries()
    {
        var limited = new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "1");
        _slack.Script("auth.test", limited, limited, limited, limited, limited);

        var calling = Client.AuthTest();
        for (var retry = 0; retry < SlackApiClient.MaxRateLimitRetries; retry++)
        {
            await _time.NextTimer.WaitAsync(TimeSpan.FromSeconds(5));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => calling.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("http_429", error.Error);
        Assert.Equal(1 + SlackApiClient.MaxRateLimitRetries, _slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task Response_url_post_carries_no_token()
    {
        await Client.PostToResponseUrl(new Uri(_slack.BaseUrl, "/hooks/abc").ToString(), SlackMessage.Ephemeral("later"));

        var call = Assert.Single(_slack.CallsTo("abc"));
        Assert.Null(call.Authorization);
        Assert.Equal("""{"response_type":"ephemeral","text":"later"}""", call.Body);
    }
}

/// <summary>A fake clock that tells the test when code starts waiting on it (and for how long).</summary>
public sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public Task<TimeSpan> NextTimer => _timers.Reader.ReadAsync().AsTask();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
            _timers.Writer.TryWrite(dueTime);
        return timer;
    }
}
