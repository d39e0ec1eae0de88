using JourneyBot.Slack.Tests.TestSupport;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Slack.Tests.WebApi;

/// <summary>Uploads go through Slack's two steps (get an upload URL, post the bytes, complete) over the fake Slack.</summary>
public sealed class SlackApiFilesTests : IAsyncLifetime
{
    private static readonly byte[] Picture = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];
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

    [Fact]
    public async Task Upload_asks_for_a_URL_with_name_and_length_posts_the_bytes_there_and_completes_with_title_and_channel()
    {
        var id = await Client.UploadFile(Picture, "map.png", "Journey map", channelId: "C42");

        var ask = Assert.Single(_slack.CallsTo("files.getUploadURLExternal"));
        Assert.StartsWith("application/x-www-form-urlencoded", ask.ContentType);
        Assert.Equal("filename=map.png&length=9", ask.Body);
        Assert.Equal(Picture, _slack.Uploads[id]);
        var complete = Assert.Single(_slack.CallsTo("files.completeUploadExternal"));
        var fields = System.Web.HttpUtility.ParseQueryString(complete.Body);
        Assert.Equal($$"""[{"id":"{{id}}","title":"Journey map"}]""", fields["files"]);
        Assert.Equal("C42", fields["channel_id"]);
        Assert.Equal("Bearer xoxb-test", complete.Authorization);
    }

    [Fact]
    public async Task The_upload_URL_gets_the_bytes_without_the_bot_token()
    {
        await Client.UploadFile(Picture, "map.png", "Journey map");

        var upload = Assert.Single(_slack.CallsTo(FakeSlack.UploadMethod));
        Assert.True(string.IsNullOrEmpty(upload.Authorization));
        Assert.Null(System.Web.HttpUtility.ParseQueryString(Assert.Single(_slack.CallsTo("files.completeUploadExternal")).Body)["channel_id"]);
    }

    [Fact]
    public async Task A_rate_limited_upload_URL_request_waits_out_retry_after_and_then_uploads()
    {
        _slack.Script("files.getUploadURLExternal", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "1"));

        var id = await Client.UploadFile(Picture, "map.png", "Journey map");

        Assert.Equal(2, _slack.CallsTo("files.getUploadURLExternal").Count);
        Assert.Equal(Picture, _slack.Uploads[id]);
    }

    [Fact]
    public async Task A_refused_upload_fails_with_the_step_that_failed_and_does_not_complete()
    {
        _slack.Script(FakeSlack.UploadMethod, new FakeResponse(500, "oops"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.UploadFile(Picture, "map.png", "Journey map"));

        Assert.Equal("http_500", error.Error);
        Assert.Empty(_slack.CallsTo("files.completeUploadExternal"));
    }

    [Fact]
    public async Task Slack_refusing_to_complete_the_upload_is_reported_with_its_error()
    {
        _slack.Script("files.completeUploadExternal", new FakeResponse(200, """{"ok":false,"error":"missing_scope"}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.UploadFile(Picture, "map.png", "Journey map"));

        Assert.Equal("missing_scope", error.Error);
    }
}
