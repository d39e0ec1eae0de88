using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JourneyBot.Tests.Catalog;

/// <summary>Motions and value plays (source, example flag, talk tracks) through YAML import and export, and upgrades.</summary>
public sealed class ValuePlayImportTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private const string OwnDevSecOpsPlay = """
        motions:
          - key: devsecops
            name: DevSecOps
            channel: "#gtm-devsecops"
            value_play:
              context: Our own offer
              what_to_say: Our own words
              source: Security playbook 2027, page 3
              talk_tracks:
                manager: What we tell managers
        """;

    private static string Export(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        var doc = CatalogTransfer.ToDocument(catalog);
        doc.Collateral = doc.Collateral.OrderBy(c => c.Url, StringComparer.Ordinal).ToList();
        CatalogYaml.Write(doc, writer);
        return writer.ToString();
    }

    [Fact]
    public async Task A_value_play_is_replaced_by_import_with_its_source_example_flag_and_talk_tracks()
    {
        var result = await _catalog.ImportAsync(OwnDevSecOpsPlay, CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(1, result.Motions);
        var play = (await _catalog.SnapshotAsync()).Motion("devsecops")!.ValuePlay;
        Assert.Equal(("Our own offer", "Security playbook 2027, page 3", false), (play.Context, play.Source, play.IsExample));
        Assert.Null(play.WhoToMeet);
        Assert.Equal(new Dictionary<string, string> { ["manager"] = "What we tell managers" }, play.TalkTracks);
    }

    [Fact]
    public async Task Value_plays_round_trip_through_yaml_export_and_import()
    {
        Assert.True((await _catalog.ImportAsync(OwnDevSecOpsPlay, CatalogFormat.Yaml)).Succeeded);
        var exported = Export(await _catalog.SnapshotAsync());

        await using var other = await TestCatalog.CreateAsync();
        var result = await other.ImportAsync(exported, CatalogFormat.Yaml, new ImportOptions(Replace: true));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(exported, Export(await other.SnapshotAsync()));
        Assert.Contains("talk_tracks:", exported);
        Assert.Contains("example: true", exported);
    }

    [Fact]
    public async Task A_talk_track_for_an_unknown_persona_is_refused_with_its_line()
    {
        var yaml = """
            motions:
              - key: devsecops
                value_play:
                  what_to_say: Words
                  talk_tracks:
                    executive: For executives
                    ciso: For the CISO
            """;

        var result = await _catalog.ImportAsync(yaml, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(7, problem.Line);
        Assert.Equal("talk track for unknown persona 'ciso' in motion 'devsecops'; personas are executive, manager, contributor", problem.Reason);
        Assert.NotEqual("Words", (await _catalog.SnapshotAsync()).Motion("devsecops")!.ValuePlay.WhatToSay);
    }

    [Fact]
    public async Task A_new_motion_imported_alone_is_answered()
    {
        var yaml = """
            motions:
              - key: partner-cloud
                name: Partner cloud
                channel: "#gtm-partner-cloud"
                aliases: [hyperscaler]
                value_play:
                  context: Sell with the cloud marketplaces
                  example: true
            """;

        Assert.True((await _catalog.ImportAsync(yaml, CatalogFormat.Yaml)).Succeeded);

        var answer = await _catalog.AskAsync<PlayAnswer>("play hyperscaler");
        Assert.Equal(("partner-cloud", "#gtm-partner-cloud", true), (answer.Motion.Key, answer.Motion.Channel, answer.Motion.ValuePlay.IsExample));
    }

    [Fact]
    public async Task Upgrading_marks_the_old_shipped_demo_plays_as_examples_and_leaves_rewritten_plays_alone()
    {
        await using var fresh = await TestCatalog.CreateAsync(seed: false);
        await AssertUpgradeMarksShippedPlays(fresh);
    }

    [PostgresFact]
    public async Task Upgrading_on_PostgreSQL_marks_the_old_shipped_demo_plays_as_examples()
    {
        await using var fresh = await TestCatalog.CreatePostgresAsync(seed: false);
        await AssertUpgradeMarksShippedPlays(fresh);
    }

    private static async Task AssertUpgradeMarksShippedPlays(TestCatalog fresh)
    {
        await using var db = await fresh.DbAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("SlackInbox");
        // Aliases are text[] on PostgreSQL and JSON on SQLite; the rest are parameters.
        var insert = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? """INSERT INTO "Motions" ("Key", "Name", "Aliases", "ValuePlay_Context") VALUES ({0}, {1}, '{{}}', {2})"""
            : """INSERT INTO "Motions" ("Key", "Name", "Aliases", "ValuePlay_Context") VALUES ({0}, {1}, '[]', {2})""";
        await db.Database.ExecuteSqlRawAsync(insert, "ci-cd", "CI/CD", ShippedExamplePlays.Contexts[1]);
        await db.Database.ExecuteSqlRawAsync(insert, "gitops", "GitOps", "Our own GitOps offer");

        await migrator.MigrateAsync();

        var plays = await db.Motions.AsNoTracking().ToDictionaryAsync(m => m.Key, m => m.ValuePlay);
        Assert.True(plays["ci-cd"].IsExample);
        Assert.False(plays["gitops"].IsExample);
        Assert.Empty(plays["gitops"].TalkTracks);
    }

    [PostgresFact]
    public async Task Talk_tracks_import_and_export_on_PostgreSQL_as_on_SQLite()
    {
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        Assert.True((await _catalog.ImportAsync(OwnDevSecOpsPlay, CatalogFormat.Yaml)).Succeeded);
        Assert.True((await postgres.ImportAsync(OwnDevSecOpsPlay, CatalogFormat.Yaml)).Succeeded);
        Assert.Equal(Export(await _catalog.SnapshotAsync()), Export(await postgres.SnapshotAsync()));
    }
}
