using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JourneyBot.Tests.Catalog;

/// <summary>Job titles are catalog data: seeded, read as persona terms, exported with the vocabulary.</summary>
public sealed class PersonaTitlesTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Theory]
    [InlineData("CISO", "executive")]
    [InlineData("VP engineering", "executive")]
    [InlineData("head of platform", "executive")]
    [InlineData("director of platform engineering", "manager")]
    [InlineData("engineering manager", "manager")]
    [InlineData("SRE", "contributor")]
    [InlineData("platform engineer", "contributor")]
    public async Task A_job_title_is_a_term_for_its_persona(string title, string persona)
    {
        var vocabulary = (await _catalog.SnapshotAsync()).Vocabulary;

        Assert.Contains(vocabulary.Lookup(Vocabulary.Normalize(title)), t => t.Kind == TermKind.Persona && t.Key == persona);
    }

    [Fact]
    public async Task Yaml_export_carries_each_personas_titles()
    {
        var document = CatalogTransfer.ToDocument(await _catalog.SnapshotAsync());
        var writer = new StringWriter();
        CatalogYaml.Write(document, writer);

        var copy = CatalogYaml.Read(new StringReader(writer.ToString()));
        Assert.Contains("CISO", copy.Personas.Single(p => p.Key == "executive").Titles);
        Assert.Contains("SRE", copy.Personas.Single(p => p.Key == "contributor").Titles);
    }

    [Fact]
    public async Task A_title_imported_in_yaml_is_read_as_its_persona_and_the_other_titles_and_personas_stay()
    {
        const string Yaml = """
            personas:
              - key: manager
                titles: [director of platform engineering, head of delivery excellence]
            """;
        Assert.DoesNotContain((await _catalog.SnapshotAsync()).Vocabulary.Lookup("head-of-delivery-excellence"), t => t.Kind == TermKind.Persona);

        var result = await _catalog.ImportAsync(Yaml, CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(1, result.Personas);
        var catalog = await _catalog.SnapshotAsync();
        Assert.Contains(catalog.Vocabulary.Lookup("head-of-delivery-excellence"), t => t.Kind == TermKind.Persona && t.Key == "manager");
        Assert.Equal("Manager", catalog.Persona("manager")!.Name);
        Assert.NotEmpty(catalog.Persona("manager")!.Aliases);
        Assert.Equal(3, catalog.Personas.Count);
    }

    [Fact]
    public async Task A_bad_persona_entry_is_refused_with_its_line_and_nothing_changes()
    {
        const string Yaml = """
            personas:
              - key: manager
                titles: [head of delivery excellence]
              - key: Big Boss
                name: Boss
            """;

        var result = await _catalog.ImportAsync(Yaml, CatalogFormat.Yaml);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Reason.Contains("'Big Boss'", StringComparison.Ordinal));
        Assert.DoesNotContain((await _catalog.SnapshotAsync()).Vocabulary.Lookup("head-of-delivery-excellence"), t => t.Kind == TermKind.Persona);
    }

    [Fact]
    public async Task Upgrading_gives_the_shipped_personas_their_titles_and_leaves_other_personas_alone()
    {
        await using var fresh = await TestCatalog.CreateAsync(seed: false);
        await AssertUpgradeFillsTitles(fresh);
    }

    [PostgresFact]
    public async Task Upgrading_on_PostgreSQL_gives_the_shipped_personas_their_titles()
    {
        await using var fresh = await TestCatalog.CreatePostgresAsync(seed: false);
        await AssertUpgradeFillsTitles(fresh);
    }

    private static async Task AssertUpgradeFillsTitles(TestCatalog fresh)
    {
        await using var db = await fresh.DbAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("SlackInbox"); // the schema before personas had titles
        var insert = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? """INSERT INTO "Personas" ("Key", "Name", "Aliases") VALUES ({0}, {1}, '{{}}')"""
            : """INSERT INTO "Personas" ("Key", "Name", "Aliases") VALUES ({0}, {1}, '[]')""";
        await db.Database.ExecuteSqlRawAsync(insert, "executive", "Executive");
        await db.Database.ExecuteSqlRawAsync(insert, "buyer", "Buyer");

        await migrator.MigrateAsync();

        var titles = await db.Personas.AsNoTracking().ToDictionaryAsync(p => p.Key, p => p.Titles);
        Assert.Contains("CISO", titles["executive"]);
        Assert.Empty(titles["buyer"]);
    }
}
