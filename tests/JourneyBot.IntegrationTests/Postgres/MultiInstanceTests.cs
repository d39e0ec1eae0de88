using Hangfire;
using Hangfire.Storage;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Digests;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Postgres;

/// <summary>Two JourneyBot instances on one PostgreSQL database, as behind a load balancer: catalog and jobs shared.</summary>
public sealed class MultiInstanceTests : IAsyncLifetime
{
    private Dictionary<string, string?> _settings = null!;
    private Func<Task> _drop = () => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable))) return; // skipped
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        _drop = drop;
        _settings = new()
        {
            ["Catalog:Provider"] = "Postgres",
            ["Jobs:Storage"] = "Postgres",
            ["ConnectionStrings:Catalog"] = connectionString,
            ["Jobs:SchedulePollingSeconds"] = "1",
            ["Jobs:ChannelPostIntervalMilliseconds"] = "0",
        };
    }

    public Task DisposeAsync() => _drop();

    [PostgresFact]
    public async Task Two_instances_on_one_database_post_a_digest_once_and_share_its_recurring_job()
    {
        await using var slack = await FakeSlack.Start();
        var folder = Directory.CreateTempSubdirectory("journeybot-pg-").FullName;
        // Both start together: migrations, seed and the Hangfire schema must each happen once.
        var starting = await Task.WhenAll(JourneyBotApp.StartAsync(_settings, folder, slack), JourneyBotApp.StartAsync(_settings, folder, slack));
        await using var first = starting[0];
        await using var second = starting[1];

        var subscribed = await first.CommandAsync("digest subscribe ci gitops");
        Assert.Contains("digest", await subscribed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var id = (await first.Services.GetRequiredService<DigestSubscriptions>().FindAsync("T1", "C123", CancellationToken.None))!.Id;

        // The other instance sees the same recurring job: one shared storage.
        using (var connection = second.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == DigestJob.JobId(id));

        first.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJob.JobId(id));
        second.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJob.JobId(id));
        await first.WaitForAsync(() => slack.CallsTo("chat.postMessage").Count > 0, 20_000);
        await Task.Delay(3000);

        Assert.Single(slack.CallsTo("chat.postMessage"));
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        Assert.Equal(DigestDeliveryStatus.Posted, (await db.DigestDeliveries.SingleAsync()).Status);
        Assert.Equal(4, await db.Journeys.CountAsync()); // seeded once
    }

    [PostgresFact]
    public async Task An_event_delivered_to_both_instances_is_answered_once()
    {
        await using var slack = await FakeSlack.Start();
        var folder = Directory.CreateTempSubdirectory("journeybot-pg-").FullName;
        await using var first = await JourneyBotApp.StartAsync(_settings, folder, slack);
        await using var second = await JourneyBotApp.StartAsync(_settings, folder, slack);
        var mention = """{"type":"event_callback","team_id":"T1","event_id":"EvPg1","event":{"type":"app_mention","user":"U1","text":"<@UBOT> stage awareness","ts":"1.1","channel":"C1"}}""";

        await Task.WhenAll(first.EventAsync(mention), second.EventAsync(mention, retryNum: 1));

        await first.WaitForAsync(() => slack.CallsTo("chat.postMessage").Count > 0);
        await Task.Delay(500);
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }
}
