using System.Diagnostics;
using System.Net;
using JourneyBot.Core.Catalog;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Reliability;

/// <summary>
/// The catalog's SQLite file locked by another writer (an import, a backup, a stuck process) past the request-path
/// timeout: no acknowledged event is lost, nothing on Slack's 3-second path waits for the lock, readiness says so.
/// </summary>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Mention(string eventId, string text) =>
        $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event":{"type":"app_mention","user":"U1","text":"<@UBOT> {{{text}}}","ts":"1700000000.000100","channel":"C9"}}""";

    /// <summary>Another connection holding SQLite's write lock on the bot's file until disposed.</summary>
    private async Task<SqliteConnection> LockDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_app.Folder, "catalog.db")};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private int RepliesInThread() => _app.Slack.CallsTo("chat.postMessage").Count(c => c.Json.GetProperty("channel").GetString() == "C9");

    [Fact]
    public async Task A_mention_that_cannot_be_kept_is_refused_fast_so_Slack_retries_and_the_retry_is_answered_once()
    {
        var mention = Mention("EvLocked1", "stage awareness");
        HttpResponseMessage refused;
        var watch = Stopwatch.StartNew();
        await using (await LockDatabaseAsync())
            refused = await _app.EventAsync(mention);
        watch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"the refusal took {watch.Elapsed.TotalSeconds:F1} s; Slack gives 3");
        await Task.Delay(300);
        Assert.Equal(0, RepliesInThread()); // refused means not acknowledged: nothing was done

        // Slack retries the delivery once the database is back: answered, and only once even if it retries again.
        Assert.Equal(HttpStatusCode.OK, (await _app.EventAsync(mention, retryNum: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.EventAsync(mention, retryNum: 2)).StatusCode);
        await _app.WaitForAsync(() => RepliesInThread() > 0);
        await Task.Delay(500);
        Assert.Equal(1, RepliesInThread());
    }

    [Fact]
    public async Task A_slash_command_that_finds_nothing_answers_at_once_while_the_database_is_locked_and_its_demand_is_recorded_after()
    {
        HttpResponseMessage answered;
        var watch = Stopwatch.StartNew();
        await using (await LockDatabaseAsync())
        {
            answered = await _app.CommandAsync("collateral decision gitops contributor");
            watch.Stop();
        }

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"the answer took {watch.Elapsed.TotalSeconds:F1} s while the database was locked");
        // The demand-gap record waited for the lock in the background and is written now.
        await _app.WaitForAsync(() => QueryLogCount() > 0, 15_000);
    }

    [Fact]
    public async Task A_subscribe_while_the_database_is_locked_says_nothing_changed_within_Slacks_three_seconds()
    {
        HttpResponseMessage answered;
        var watch = Stopwatch.StartNew();
        await using (await LockDatabaseAsync())
        {
            answered = await _app.CommandAsync("digest subscribe ci");
            watch.Stop();
        }

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"the answer took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("nothing was changed", await answered.Content.ReadAsStringAsync());
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.DigestSubscriptions.CountAsync());
    }

    [Fact]
    public async Task Readiness_fails_while_the_database_cannot_be_written_and_recovers_after()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/readyz")).StatusCode);
        await using (await LockDatabaseAsync())
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _app.Client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/readyz")).StatusCode);
    }

    private int QueryLogCount()
    {
        using var db = _app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext();
        return db.QueryLog.Count();
    }
}
