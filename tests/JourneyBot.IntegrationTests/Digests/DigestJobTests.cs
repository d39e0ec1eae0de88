using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Digests;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Digests;

/// <summary>The real host with a real Hangfire server (in-memory storage) posting to the local fake Slack.</summary>
public sealed class DigestJobTests
{
    private const string Channel = "C777";

    // Retries after 1 s, found by a 1 s schedule poll, so a retried delivery shows up within the test's wait.
    private static readonly Dictionary<string, string?> FastJobs = new()
    {
        ["Jobs:RetryDelaysSeconds:0"] = "1",
        ["Jobs:SchedulePollingSeconds"] = "1",
        ["Jobs:ChannelPostIntervalMilliseconds"] = "0",
    };

    private static async Task<int> SubscribeAsync(JourneyBotApp app, string text = "digest subscribe ci gitops", string channel = Channel)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var answer = await scope.ServiceProvider.GetRequiredService<JourneyAssistant>().AskAsync(text, new AskContext("U1", channel, "T1"));
        Assert.IsType<DigestStatusAnswer>(answer);
        return (await app.Services.GetRequiredService<DigestSubscriptions>().FindAsync("T1", channel, CancellationToken.None))!.Id;
    }

    private static void Trigger(JourneyBotApp app, int subscriptionId) =>
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJob.JobId(subscriptionId));

    private static IReadOnlyList<RecordedCall> Posts(FakeSlack slack) => slack.CallsTo("chat.postMessage");

    private static async Task<List<DigestDelivery>> DeliveriesAsync(JourneyBotApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        return await db.DigestDeliveries.AsNoTracking().ToListAsync();
    }

    private static RecurringJobDto? RecurringJob(JourneyBotApp app, int subscriptionId)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == DigestJob.JobId(subscriptionId));
    }

    [Fact]
    public async Task Subscribing_registers_a_recurring_job_with_the_cron_and_zone_of_the_subscription()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);

        var id = await SubscribeAsync(app, "digest subscribe ci on friday at 14:30 Europe/Berlin");

        var job = RecurringJob(app, id);
        Assert.NotNull(job);
        Assert.Equal(("30 14 * * 5", "Europe/Berlin"), (job.Cron, job.TimeZoneId));
    }

    [Fact]
    public async Task A_triggered_digest_job_posts_the_digest_once_to_the_subscribed_channel()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);
        var id = await SubscribeAsync(app);

        Trigger(app, id);
        await app.WaitForAsync(() => Posts(app.Slack).Count > 0);
        await Task.Delay(1500);

        var post = Assert.Single(Posts(app.Slack));
        Assert.Equal(Channel, post.Json.GetProperty("channel").GetString());
        Assert.Contains("Weekly gap digest", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, post.Json.GetProperty("blocks").ValueKind);
        var delivery = Assert.Single(await DeliveriesAsync(app));
        Assert.Equal((DigestDeliveryStatus.Posted, "1700000000.000300"), (delivery.Status, delivery.MessageTs));
    }

    [Fact]
    public async Task Two_concurrent_runs_for_the_same_week_post_once()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);
        var id = await SubscribeAsync(app);

        async Task<DigestRunOutcome> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DigestJob>().Run(id, CancellationToken.None);
        }
        var outcomes = await Task.WhenAll(Task.Run(RunAsync), Task.Run(RunAsync));
        Trigger(app, id); // and a third, through Hangfire, in the same week
        await Task.Delay(2000);

        Assert.Single(outcomes, o => o == DigestRunOutcome.Posted);
        Assert.Single(outcomes, o => o == DigestRunOutcome.AlreadyClaimed);
        Assert.Single(Posts(app.Slack));
        Assert.Single(await DeliveriesAsync(app));
    }

    [Fact]
    public async Task Two_instances_on_one_database_post_once()
    {
        await using var first = await JourneyBotApp.StartAsync(FastJobs);
        var id = await SubscribeAsync(first);
        await using var second = await JourneyBotApp.StartAsync(FastJobs, first.Folder, first.Slack);

        Trigger(first, id);
        Trigger(second, id);
        await first.WaitForAsync(() => Posts(first.Slack).Count > 0);
        await Task.Delay(2000);

        Assert.Single(Posts(first.Slack));
    }

    [Fact]
    public async Task A_failed_post_is_retried_and_delivered_exactly_once()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);
        var id = await SubscribeAsync(app);
        app.Slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":false,"error":"internal_error"}"""));

        Trigger(app, id);
        await app.WaitForAsync(() => Posts(app.Slack).Count >= 2, timeoutMs: 20_000);
        await Task.Delay(2500);

        Assert.Equal(2, Posts(app.Slack).Count); // the refused one and the retry, nothing after
        var delivery = Assert.Single(await DeliveriesAsync(app));
        Assert.Equal(DigestDeliveryStatus.Posted, delivery.Status);
    }

    [Fact]
    public async Task Recurring_jobs_are_registered_again_after_a_restart()
    {
        var slack = await FakeSlack.Start();
        var folder = Directory.CreateTempSubdirectory("journeybot-it-").FullName;
        try
        {
            int id;
            await using (var before = await JourneyBotApp.StartAsync(FastJobs, folder, slack))
                id = await SubscribeAsync(before, "digest subscribe gitops on wednesday at 07:15 America/New_York");

            await using var after = await JourneyBotApp.StartAsync(FastJobs, folder, slack); // new in-memory job storage
            await after.WaitForAsync(() => RecurringJob(after, id) is not null);
            var job = RecurringJob(after, id)!;
            Assert.Equal(("15 7 * * 3", "America/New_York"), (job.Cron, job.TimeZoneId));

            Trigger(after, id);
            await after.WaitForAsync(() => Posts(slack).Count > 0);
            Assert.Equal(Channel, Assert.Single(Posts(slack)).Json.GetProperty("channel").GetString());
        }
        finally
        {
            await slack.DisposeAsync();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
        }
    }

    [Fact]
    public async Task Unsubscribing_removes_the_recurring_job()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);
        var id = await SubscribeAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JourneyAssistant>().AskAsync("digest unsubscribe", new AskContext("U1", Channel, "T1"));

        Assert.Null(RecurringJob(app, id));
    }

    [Fact]
    public async Task A_subscription_made_through_a_signed_slash_command_fires_and_posts()
    {
        await using var app = await JourneyBotApp.StartAsync(FastJobs);

        var response = await app.CommandAsync("digest subscribe ci cd on monday at 09:00 Europe/Berlin");

        response.EnsureSuccessStatusCode();
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Subscribed", reply.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var subscription = await app.Services.GetRequiredService<DigestSubscriptions>().FindAsync("T1", "C123", CancellationToken.None);
        Assert.NotNull(subscription);

        Trigger(app, subscription.Id);
        await app.WaitForAsync(() => Posts(app.Slack).Count > 0);

        var post = Assert.Single(Posts(app.Slack));
        Assert.Equal("C123", post.Json.GetProperty("channel").GetString());
        Assert.Contains("Continuous Integration, Continuous Delivery", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
