using JourneyBot.Slack.Handlers;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Messages;
using JourneyBot.Chat;
using JourneyBot.Slack;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

/// <summary>The catalog on PostgreSQL behaves as on SQLite: same answers, same import rules, safe concurrent starts.</summary>
public sealed class PostgresCatalogTests
{
    private static readonly string[] Questions =
    [
        "next-offer ci inquiry", "next-offer ci inquiry manager", "next-offer CI MQL Executives", "next-offer gitops sao contributor",
        "next-offer https://content.example.com/ci/troubleshooting-flaky-tests", "collateral consideration", "collateral awareness devsecops manager",
        "play ci-cd", "play devsecops executive", "stage enter buying cycle", "gaps", "gaps gitops", "next-offer devsecosp inquiry",
    ];

    [PostgresFact]
    public async Task Every_answer_equals_the_SQLite_answer()
    {
        await using var sqlite = await TestCatalog.CreateAsync();
        await using var postgres = await TestCatalog.CreatePostgresAsync();

        foreach (var question in Questions)
        {
            var expected = SlackJson.Serialize(AnswerMessages.Build(await sqlite.AskAsync(question)));
            var actual = SlackJson.Serialize(AnswerMessages.Build(await postgres.AskAsync(question)));
            Assert.True(expected == actual, $"'{question}' differs:\nSQLite:   {expected}\nPostgres: {actual}");
        }
    }

    [PostgresFact]
    public async Task Import_rules_and_round_trips_match_SQLite()
    {
        await using var sqlite = await TestCatalog.CreateAsync();
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        var csv = "title,url,type,stages,personas,use_cases,updated_on,owner,description\n"
            + "New,https://pg.example/new,Podcast,INQUIRY,Execs,Continuous Integration,2026-02-03,Me,\n"
            + "Bad,https://pg.example/bad,,nowhere,,ci,,,\n";

        var a = await sqlite.ImportAsync(csv);
        var b = await postgres.ImportAsync(csv);
        Assert.Equal(a.Problems.Select(p => p.ToString()), b.Problems.Select(p => p.ToString()));

        var good = csv[..csv.LastIndexOf("Bad,", StringComparison.Ordinal)];
        Assert.True((await sqlite.ImportAsync(good)).Succeeded);
        Assert.True((await postgres.ImportAsync(good)).Succeeded);
        Assert.Equal(Export(await sqlite.SnapshotAsync()), Export(await postgres.SnapshotAsync()));
    }

    private static string Export(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        CatalogTransfer.WriteCsv(catalog.Items.OrderBy(i => i.Url, StringComparer.Ordinal), writer);
        return writer.ToString();
    }

    [PostgresFact]
    public async Task Two_instances_starting_together_migrate_and_seed_once()
    {
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        try
        {
            var settings = new Dictionary<string, string?> { ["Catalog:Provider"] = "Postgres", ["ConnectionStrings:Catalog"] = connectionString };
            await using var first = await TestCatalog.CreateAsync(settings, seed: false);
            await using var second = await TestCatalog.CreateAsync(settings, seed: false);

            await Task.WhenAll(
                first.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None),
                second.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None));

            await using var db = await first.DbAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(4, await db.Journeys.CountAsync());
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "seed"));
            Assert.Equal((await first.SnapshotAsync()).Items.Count, (await second.SnapshotAsync()).Items.Count);
        }
        finally
        {
            await drop();
        }
    }

    [PostgresFact]
    public async Task Event_inbox_is_shared_by_instances_on_one_database_one_keeps_an_event_and_one_takes_a_lapsed_claim()
    {
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        try
        {
            var settings = new Dictionary<string, string?> { ["Catalog:Provider"] = "Postgres", ["ConnectionStrings:Catalog"] = connectionString };
            await using var first = await TestCatalog.CreateAsync(settings);
            await using var second = await TestCatalog.CreateAsync(settings);
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
            var a = Inbox(first, clock);
            var b = Inbox(second, clock);

            var admissions = await Task.WhenAll(a.Admit("Ev1", "{}", default), b.Admit("Ev1", "{}", default));
            Assert.Equal([InboxAdmission.New, InboxAdmission.Repeat], admissions.Order());

            // Whoever kept it "crashed": once the lease lapses, both look and exactly one takes it over.
            clock.Advance(TimeSpan.FromSeconds(new EventInboxOptions().ClaimLeaseSeconds + 1));
            var claims = await Task.WhenAll(a.ClaimUnhandled(10, default), b.ClaimUnhandled(10, default));
            Assert.Equal(1, claims.Sum(c => c.Count));
        }
        finally
        {
            await drop();
        }
    }

    private static DatabaseEventInbox Inbox(TestCatalog catalog, TimeProvider clock) => new(
        catalog.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), clock,
        Microsoft.Extensions.Options.Options.Create(new EventInboxOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseEventInbox>.Instance);
}
