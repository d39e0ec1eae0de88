using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

public sealed class CollateralLifecycleTests
{
    [Fact]
    public async Task A_retired_item_leaves_the_answers_but_stays_in_the_database_with_its_date_and_an_audit_entry()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var before = await catalog.SnapshotAsync();
        var item = before.ItemsFor("ci", "consideration")[0];

        using var scope = catalog.Services.CreateScope();
        var retired = await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().RetireAsync(item.Id, "U1", CancellationToken.None);

        Assert.Equal(DateOnly.FromDateTime(TestCatalog.Today.UtcDateTime), retired!.RetiredOn);
        var after = await catalog.SnapshotAsync();
        Assert.DoesNotContain(after.Items, i => i.Id == item.Id);
        Assert.Null(after.FindById(item.Id));
        Assert.Null(after.FindByUrl(item.Url));
        Assert.Contains(after.Retired, i => i.Id == item.Id);
        await using var db = await catalog.DbAsync();
        Assert.True(await db.Collateral.AnyAsync(c => c.Id == item.Id));
        Assert.Contains(await db.AuditLog.ToListAsync(), a => a.Action == "retire" && a.Actor == "U1" && a.Detail == item.Url);
    }

    [Fact]
    public async Task A_restored_item_is_offered_again()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var item = (await catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        using var scope = catalog.Services.CreateScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<CollateralLifecycle>();

        await lifecycle.RetireAsync(item.Id, "U1", CancellationToken.None);
        var restored = await lifecycle.RestoreAsync(item.Id, "U1", CancellationToken.None);

        Assert.Null(restored!.RetiredOn);
        Assert.Contains((await catalog.SnapshotAsync()).ItemsFor("ci", "consideration"), i => i.Id == item.Id);
    }

    [Fact]
    public async Task Confirming_an_item_dates_its_review_today_and_review_counts_from_the_later_date()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var item = (await catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        catalog.Clock.Advance(TimeSpan.FromDays(400));
        using var scope = catalog.Services.CreateScope();

        var confirmed = await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().ConfirmCurrentAsync(item.Id, "U1", CancellationToken.None);

        var today = DateOnly.FromDateTime(catalog.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(today, confirmed!.ReviewedOn);
        Assert.Equal(today, confirmed.ConfirmedOn);
        Assert.Equal(item.UpdatedOn, confirmed.UpdatedOn);
    }

    [Fact]
    public async Task A_change_to_an_unknown_item_changes_nothing()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        using var scope = catalog.Services.CreateScope();

        Assert.Null(await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().RetireAsync(999_999, "U1", CancellationToken.None));
        await using var db = await catalog.DbAsync();
        Assert.DoesNotContain(await db.AuditLog.ToListAsync(), a => a.Action == "retire");
    }

    [Fact]
    public async Task The_coverage_grid_counts_fresh_and_stale_items_per_cell_and_a_retired_item_covers_nothing()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var snapshot = await catalog.SnapshotAsync();
        var freshness = Freshness.At(catalog.Clock.GetUtcNow(), 36500);
        var grid = CoverageGrid.Compute(snapshot, ["ci"], freshness);
        var cell = grid.Cells.First(c => c.Items > 0);
        Assert.Equal(snapshot.BuyerStages.Count * snapshot.Personas.Count, grid.Cells.Count);
        Assert.Equal(snapshot.ItemsFor("ci", cell.Stage).Count(i => i.Fits(cell.Persona)), cell.Fresh);

        using var scope = catalog.Services.CreateScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<CollateralLifecycle>();
        foreach (var item in snapshot.ItemsFor("ci", cell.Stage).Where(i => i.Fits(cell.Persona)))
            await lifecycle.RetireAsync(item.Id, "U1", CancellationToken.None);

        var after = CoverageGrid.Compute(await catalog.SnapshotAsync(), ["ci"], freshness);
        var same = after.Cells.Single(c => c.Stage == cell.Stage && c.Persona == cell.Persona);
        Assert.Equal(CoverageLevel.Empty, same.Level);
        Assert.Equal(CoverageLevel.OnlyStale, new CoverageCell("u", "s", "p", 0, 2).Level);
        Assert.Equal(CoverageLevel.Few, new CoverageCell("u", "s", "p", 3, 1).Level);
        Assert.Equal(CoverageLevel.Many, new CoverageCell("u", "s", "p", 4, 0).Level);
    }
}
