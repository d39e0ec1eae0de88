using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.WebApi;

/// <summary>The user look-ups owner resolution needs: <c>users.lookupByEmail</c>, <c>users.info</c>, <c>usergroups.users.list</c>.</summary>
public sealed class SlackUsersApiTests : IAsyncLifetime
{
    private const string BotToken = "xoxb-secret-bot-token";
    private const string Jane = """{"ok":true,"user":{"id":"U123","name":"jane","deleted":false,"tz":"Europe/Berlin","is_bot":false}}""";

    private readonly SignallingTimeProvider _time = new();
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:AppToken"] = "xapp-secret-app-token",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(_time)
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider()));
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
    public async Task Lookup_by_email_sends_a_form_with_the_bot_token_and_returns_the_user_with_their_time_zone()
    {
        _slack.Script("users.lookupByEmail", new FakeResponse(200, Jane));

        var user = await Client.LookupUserByEmail("jane+docs@example.com");

        Assert.Equal(new SlackUser("U123", "Europe/Berlin", Deleted: false, IsBot: false), user);
        var call = Assert.Single(_slack.CallsTo("users.lookupByEmail"));
        Assert.Equal($"Bearer {BotToken}", call.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("email=jane%2Bdocs%40example.com", call.Body);
    }

    [Fact]
    public async Task Lookup_by_email_of_nobody_returns_null()
    {
        _slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"users_not_found"}"""));

        Assert.Null(await Client.LookupUserByEmail("nobody@example.com"));
    }

    [Fact]
    public async Task Lookup_by_email_without_the_scope_is_an_error_not_a_missing_user()
    {
        _slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"missing_scope"}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.LookupUserByEmail("jane@example.com"));
        Assert.Equal("missing_scope", error.Error);
    }

    [Fact]
    public async Task Lookup_by_email_that_is_rate_limited_waits_retry_after_then_returns_the_user()
    {
        _slack.Script("users.lookupByEmail",
            new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "3"), new FakeResponse(200, Jane));

        var looking = Client.LookupUserByEmail("jane@example.com");
        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimer.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(looking.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("U123", (await looking.WaitAsync(TimeSpan.FromSeconds(5)))?.Id);
        Assert.Equal(2, _slack.CallsTo("users.lookupByEmail").Count);
    }

    [Fact]
    public async Task User_info_returns_the_time_zone_and_whether_the_user_is_deactivated()
    {
        _slack.Script("users.info", new FakeResponse(200, """{"ok":true,"user":{"id":"U9","deleted":true,"tz":"America/New_York"}}"""));

        var user = await Client.UserInfo("U9");

        Assert.Equal(new SlackUser("U9", "America/New_York", Deleted: true, IsBot: false), user);
        Assert.Equal("user=U9", Assert.Single(_slack.CallsTo("users.info")).Body);
    }

    [Fact]
    public async Task User_info_of_an_unknown_user_returns_null()
    {
        _slack.Script("users.info", new FakeResponse(200, """{"ok":false,"error":"user_not_found"}"""));

        Assert.Null(await Client.UserInfo("U404"));
    }

    [Fact]
    public async Task User_group_members_are_the_group_users()
    {
        _slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":true,"users":["U1","U2"]}"""));

        Assert.Equal(["U1", "U2"], await Client.UserGroupMembers("S42"));
        Assert.Equal("usergroup=S42", Assert.Single(_slack.CallsTo("usergroups.users.list")).Body);
    }

    [Fact]
    public async Task User_group_that_does_not_exist_returns_null()
    {
        _slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":false,"error":"no_such_subteam"}"""));

        Assert.Null(await Client.UserGroupMembers("S404"));
    }

    [Fact]
    public async Task Write_methods_still_send_json()
    {
        await Client.PostMessage(new SlackMessage { Channel = "C1", Text = "x" });

        Assert.Equal("application/json; charset=utf-8", Assert.Single(_slack.CallsTo("chat.postMessage")).ContentType);
    }
}
