using JourneyBot.Core.Catalog;
using JourneyBot.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JourneyBot.Tests.Search.SearchCatalog;

namespace JourneyBot.Tests.Search;

/// <summary>PostgreSQL full-text search finds what SQLite FTS5 finds, and its index follows writes the same way.</summary>
public sealed class PostgresSearchTests
{
    private static readonly string[] Searches =
    [
        "calculators", "comparing", "case studies", "roi calculator", "kubernetes deployments", "security scanning", "webinar",
        "pipeline", "pipelines", "gitops", "migrating from jenkins", "analyst reports", "incident analysis", "getting started",
        "implementation guide", "video", "build times", "merge requests", "customer stories", "checklist", "compliance",
        "microservices", "canary", "vulnerabilities", "infrastructure as code", "platform teams", "release", "releasing",
        "deployment approvals", "toolchain sprawl", "ci", "cd", "devsecops roi", "testing", "marketing", "agile planning", "zzzz",
    ];

    // The same items, not the same order: bm25 and ts_rank_cd weigh length and repetition differently, so near ties
    // (three "ROI Calculator" titles) may come out in another order. Where one item clearly matches best, both agree
    // (the next test).
    [PostgresFact]
    public async Task Every_search_of_the_default_catalog_finds_the_same_items_as_on_SQLite()
    {
        await using var sqlite = await TestCatalog.CreateAsync();
        await using var postgres = await TestCatalog.CreatePostgresAsync();

        foreach (var search in Searches)
        foreach (var anyWord in new[] { false, true })
        {
            var expected = await FoundAsync(sqlite, search, anyWord);
            var actual = await FoundAsync(postgres, search, anyWord);
            var mode = anyWord ? "any word" : "all words";
            Assert.True(expected.Order().SequenceEqual(actual.Order()),
                $"'{search}' ({mode}) differs:\nSQLite:   {string.Join(" ", expected)}\nPostgres: {string.Join(" ", actual)}");
        }
    }

    [PostgresFact]
    public async Task Every_search_answer_equals_the_SQLite_answer()
    {
        await using var sqlite = await CreateAsync();
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        await ImportAsync(postgres);

        (string Query, string? UseCase, string? Stage, string? Persona)[] searches =
        [
            ("calculators", null, null, null), ("comparing", null, null, null), ("pipeline", null, null, null),
            ("case studies", "cd", null, "executive"), ("case study", null, "consideration", null), ("calculator jenkins", null, null, null),
            ("podcast", "ci", null, null), ("calculator", null, null, "contributor"), ("\"roi\" OR NEAR(x) -y*", null, null, null),
        ];
        foreach (var (query, useCase, stage, persona) in searches)
        {
            var expected = await SearchAsync(sqlite, query, useCase, stage, persona);
            var actual = await SearchAsync(postgres, query, useCase, stage, persona);
            Assert.Equal(Urls(expected), Urls(actual));
            Assert.Equal((expected.Match, expected.Total), (actual.Match, actual.Total));
        }
    }

    [PostgresFact]
    public async Task PostgreSQL_drops_every_word_search_drops_as_common()
    {
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        await using var db = await postgres.DbAsync();
        var kept = new List<string>();
        foreach (var word in SearchWords.StopWords)
        {
            var lexemes = await db.Database.SqlQuery<int>($"SELECT length(to_tsvector('journeybot_search', {word})) AS \"Value\"").SingleAsync();
            if (lexemes != 0) kept.Add(word);
        }
        Assert.Empty(kept);
    }

    [PostgresFact]
    public async Task On_PostgreSQL_an_imported_item_is_found_at_once_and_a_replaced_one_is_gone()
    {
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        await ImportAsync(postgres);
        Assert.Equal(["https://s.example/roi"], await UrlsFoundAsync(postgres, "calculators"));

        var rest = string.Join("\n", Csv.Split('\n').Where(line => !line.Contains("/roi", StringComparison.Ordinal)));
        Assert.True((await postgres.ImportAsync(rest, options: new JourneyBot.Core.Catalog.Transfer.ImportOptions { Replace = true })).Succeeded);
        Assert.Empty(await UrlsFoundAsync(postgres, "calculators"));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_a_renamed_type_is_found_by_its_new_name()
    {
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        await ImportAsync(postgres);
        await using (var db = await postgres.DbAsync())
        {
            (await db.CollateralTypes.SingleAsync(t => t.Name == "Newsletter")).Name = "Bulletin";
            await db.SaveChangesAsync();
        }

        Assert.Equal(["https://s.example/notes"], await UrlsFoundAsync(postgres, "bulletin"));
        Assert.Empty(await UrlsFoundAsync(postgres, "newsletter"));
    }

    private static async Task<List<string>> FoundAsync(TestCatalog catalog, string words, bool anyWord)
    {
        var ids = await catalog.Services.GetRequiredService<CatalogSearch>().FindAsync(SearchWords.Read(words), anyWord, 1_000, CancellationToken.None);
        await using var db = await catalog.DbAsync();
        var urls = await db.Collateral.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Url);
        return ids.Select(id => urls[id]).ToList();
    }
}
