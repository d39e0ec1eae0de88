using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using JourneyBot.Digests;
using JourneyBot.IntegrationTests.TestSupport;
using Npgsql;

namespace JourneyBot.IntegrationTests.Postgres;

/// <summary>
/// Two real <c>serve</c> processes on one PostgreSQL database, as two instances behind a load balancer. Real
/// sockets: a process-wide socket setting that deadlocks a library's synchronous I/O shows only here.
/// </summary>
public sealed class TwoServeProcessesTests : IAsyncLifetime
{
    private string _connectionString = "";
    private Func<Task> _drop = () => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable))) return; // skipped
        (_connectionString, _drop) = await PostgresFactAttribute.NewDatabaseAsync();
    }

    public Task DisposeAsync() => _drop();

    [PostgresFact]
    public async Task Two_serve_processes_started_together_both_become_ready_and_a_subscription_gets_one_digest()
    {
        await using var slack = await FakeSlack.Start();
        var settings = new Dictionary<string, string?>
        {
            ["Catalog:Provider"] = "Postgres",
            ["Jobs:Storage"] = "Postgres",
            ["ConnectionStrings:Catalog"] = _connectionString,
            ["Jobs:SchedulePollingSeconds"] = "1",
            ["Jobs:ChannelPostIntervalMilliseconds"] = "0",
        };
        await using var first = SlackServe.Start(slack, settings);
        await using var second = SlackServe.Start(slack, settings);

        var ready = await Task.WhenAll(first.WaitReadyAsync(TimeSpan.FromSeconds(90)), second.WaitReadyAsync(TimeSpan.FromSeconds(90)));
        Assert.True(ready[0], "the first instance never became ready:\n" + first.Output);
        Assert.True(ready[1], "the second instance never became ready:\n" + second.Output);

        using var subscribed = await first.CommandAsync("digest subscribe ci", slack);
        Assert.Equal(System.Net.HttpStatusCode.OK, subscribed.StatusCode);
        Assert.Contains("digest", await subscribed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // Run the subscription's job now, twice, through the shared job storage (as the dashboard's "trigger" would):
        // either instance may pick each run up; the week's claim lets one post.
        var jobs = new RecurringJobManager(SharedJobStorage());
        var jobId = DigestJob.JobId(await SubscriptionIdAsync());
        jobs.Trigger(jobId);
        jobs.Trigger(jobId);

        var until = DateTime.UtcNow.AddSeconds(30);
        while (slack.CallsTo("chat.postMessage").Count == 0 && DateTime.UtcNow < until) await Task.Delay(100);
        await Task.Delay(3000); // time for a second, wrong post to show up
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    private PostgreSqlStorage SharedJobStorage()
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(_connectionString, options, null), options);
    }

    private async Task<int> SubscriptionIdAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id" FROM "DigestSubscriptions" """, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
