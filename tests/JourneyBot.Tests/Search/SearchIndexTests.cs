using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static JourneyBot.Tests.Search.SearchCatalog;

namespace JourneyBot.Tests.Search;

/// <summary>The SQLite full-text index follows every write to the catalog, in the writer's transaction.</summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task An_imported_item_is_found_at_once()
    {
        await _catalog.ImportAsync($"{Header}\nKubernetes Autoscaling Primer,https://s.example/k8s,Guide,awareness,,cd,2026-11-01,Docs,\n");

        Assert.Equal(["https://s.example/k8s"], await UrlsFoundAsync(_catalog, "autoscaling"));
        Assert.Equal(["https://s.example/k8s"], Urls(await SearchAsync(_catalog, "autoscaling primer")));
    }

    [Fact]
    public async Task An_item_added_at_the_terminal_is_found_at_once()
    {
        var added = await _catalog.AskAsync<AddedAnswer>(
            "add https://s.example/added Observability Handbook stage:awareness use-case:cd persona:every-persona", new AskContext("U1", Terminal: true));

        Assert.Equal([added.Item.Url], Urls(await SearchAsync(_catalog, "observability handbook")));
    }

    [Fact]
    public async Task An_item_removed_by_a_replacing_import_is_no_longer_found()
    {
        var rest = string.Join("\n", Csv.Split('\n').Where(line => !line.Contains("/roi", StringComparison.Ordinal)));
        Assert.True((await _catalog.ImportAsync(rest, options: new ImportOptions { Replace = true })).Succeeded);

        Assert.Empty(await UrlsFoundAsync(_catalog, "calculator"));
    }

    [Fact]
    public async Task A_retitled_item_is_found_by_its_new_title_only()
    {
        await _catalog.ImportAsync($"{Header}\nBudget Estimator,https://s.example/roi,Tool,decision,executive,ci,2026-06-01,Finance Marketing,\n");

        Assert.Empty(await UrlsFoundAsync(_catalog, "calculator"));
        Assert.Equal(["https://s.example/roi"], await UrlsFoundAsync(_catalog, "estimator"));
    }

    [Fact]
    public async Task A_renamed_type_is_found_by_its_new_name()
    {
        await using (var db = await _catalog.DbAsync())
        {
            var type = await db.CollateralTypes.SingleAsync(t => t.Name == "Newsletter");
            type.Name = "Bulletin";
            await db.SaveChangesAsync();
        }

        Assert.Equal(["https://s.example/notes"], await UrlsFoundAsync(_catalog, "bulletin"));
        Assert.Empty(await UrlsFoundAsync(_catalog, "newsletter"));
    }

    [Fact]
    public async Task The_index_changes_in_the_writers_transaction_and_rolls_back_with_it()
    {
        await using var db = await _catalog.DbAsync();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Collateral.Add(new Collateral { Title = "Uncommitted Zeppelin Story", Url = "https://s.example/tx" });
            await db.SaveChangesAsync();
            Assert.Single(await CatalogSearch.FindAsync(db, SearchWords.Read("zeppelin"), anyWord: false, 10, CancellationToken.None));
            await tx.RollbackAsync();
        }

        Assert.Empty(await UrlsFoundAsync(_catalog, "zeppelin"));
    }

    [Fact]
    public async Task Items_written_before_the_search_migration_are_indexed_by_it()
    {
        await using var fresh = await TestCatalog.CreateAsync(seed: false);
        await using var db = await fresh.DbAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261129222801_SlackInbox");
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Collateral" ("Title", "Url", "UpdatedOn", "AddedAt") VALUES ('Legacy Mainframe Brief', 'https://s.example/old', '2020-01-01', '2020-01-01')""");

        await migrator.MigrateAsync();

        Assert.Single(await CatalogSearch.FindAsync(db, SearchWords.Read("mainframe"), anyWord: false, 10, CancellationToken.None));
    }

    [Fact]
    public async Task After_every_migration_the_index_triggers_exist()
    {
        // SQLite rebuilds a table to drop or alter a column, and the rebuild drops its triggers: a later migration
        // that rebuilds Collateral or CollateralTypes must create them again.
        await using var db = await _catalog.DbAsync();
        var triggers = await db.Database.SqlQueryRaw<string>("""SELECT name AS "Value" FROM sqlite_master WHERE type = 'trigger'""").ToListAsync();
        Assert.Equal(
            [
                "CollateralSearch_Delete", "CollateralSearch_Insert", "CollateralSearch_TypeRenamed", "CollateralSearch_Update",
                "CollateralTitleSearch_Delete", "CollateralTitleSearch_Insert", "CollateralTitleSearch_Update",
            ],
            triggers.Where(t => t.StartsWith("Collateral", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
