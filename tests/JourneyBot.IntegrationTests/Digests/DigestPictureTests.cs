using Hangfire;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Digests;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.IntegrationTests.Digests;

/// <summary>The weekly digest carries the journey map picture, uploaded to the fake Slack; the text digest always goes out.</summary>
public sealed class DigestPictureTests
{
    private const string Channel = "C778";

    private static readonly Dictionary<string, string?> FastJobs = new()
    {
        ["Jobs:RetryDelaysSeconds:0"] = "1",
        ["Jobs:SchedulePollingSeconds"] = "1",
        ["Jobs:ChannelPostIntervalMilliseconds"] = "0",
    };

    private static async Task<int> SubscribeAndTriggerAsync(JourneyBotApp app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.IsType<DigestStatusAnswer>(await scope.ServiceProvider.GetRequiredService<JourneyAssistant>()
                .AskAsync("digest subscribe ci gitops", new AskContext("U1", Channel, "T1")));
        var id = (await app.Services.GetRequiredService<DigestSubscriptions>().FindAsync("T1", Channel, CancellationToken.None))!.Id;
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJob.JobId(id));
        await app.WaitForAsync(() => app.Slack.CallsTo("chat.postMessage").Count > 0);
        return id;
    }

    [Fact]
    public async Task Digest_uploads_the_map_picture_and_shows_it_by_file_id_under_the_header_with_the_text_kept()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);

        await SubscribeAndTriggerAsync(app);

        var ask = Assert.Single(app.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.Contains("filename=journey-map-", ask.Body, StringComparison.Ordinal);
        var (fileId, png) = Assert.Single(app.Slack.Uploads);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Single(app.Slack.CallsTo("files.completeUploadExternal"));
        var blocks = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json.GetProperty("blocks");
        var image = blocks[1];
        Assert.Equal("image", image.GetProperty("type").GetString());
        Assert.Equal(fileId, image.GetProperty("slack_file").GetProperty("id").GetString());
        Assert.Contains("use cases", image.GetProperty("alt_text").GetString(), StringComparison.Ordinal);
        Assert.True(blocks.GetArrayLength() > 2, "the text digest is still there");
    }

    [Fact]
    public async Task When_the_upload_fails_the_text_digest_is_posted_alone_and_a_warning_logged()
    {
        var logs = new ListLoggerProvider();
        await using var app = await JourneyBotApp.StartAsync(FastJobs, services: s => s.AddSingleton<ILoggerProvider>(logs));
        app.Slack.Script("files.getUploadURLExternal", new FakeResponse(200, """{"ok":false,"error":"missing_scope"}"""));

        await SubscribeAndTriggerAsync(app);

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage"));
        Assert.DoesNotContain(post.Json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "image");
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("map picture could not be made or uploaded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_Slack_refuses_the_picture_in_the_message_the_text_digest_is_posted_without_it()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);
        app.Slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":false,"error":"invalid_blocks"}"""));

        await SubscribeAndTriggerAsync(app);
        await app.WaitForAsync(() => app.Slack.CallsTo("chat.postMessage").Count >= 2);

        var posts = app.Slack.CallsTo("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.DoesNotContain(posts[1].Json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "image");
    }
}
