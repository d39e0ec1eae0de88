using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Messages;
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
    public async Task Event_dedupe_is_shared_by_instances_on_one_database()
    {
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        try
        {
            var settings = new Dictionary<string, string?> { ["Catalog:Provider"] = "Postgres", ["ConnectionStrings:Catalog"] = connectionString };
            await using var first = await TestCatalog.CreateAsync(settings);
            await using var second = await TestCatalog.CreateAsync(settings);
            var a = new DatabaseEventDeduplicator(first.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), TimeProvider.System);
            var b = new DatabaseEventDeduplicator(second.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>(), TimeProvider.System);

            var results = await Task.WhenAll(a.TryMarkSeen("Ev1", default).AsTask(), b.TryMarkSeen("Ev1", default).AsTask());

            Assert.Equal(1, results.Count(r => r));
        }
        finally
        {
            await drop();
        }
    }
}
