using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Pictures;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace JourneyBot.Tests.Pictures;

/// <summary>Pictures of the seeded catalog on a real SQLite file: drawn once per catalog revision, coloured by its coverage.</summary>
public sealed class MapPicturesCacheTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private Freshness Freshness => _catalog.Services.GetRequiredService<FreshnessClock>().Now();

    [Fact]
    public async Task Asking_again_for_the_same_catalog_use_cases_and_day_returns_the_same_bytes_without_drawing_again()
    {
        var pictures = new MapPictures();
        var snapshot = await _catalog.SnapshotAsync();

        var first = await pictures.GetAsync(snapshot, ["ci"], Freshness);
        var again = await pictures.GetAsync(snapshot, ["ci"], Freshness);

        Assert.Same(first.Png, again.Png);
        Assert.Equal(1, pictures.Renders);
    }

    [Fact]
    public async Task A_new_catalog_revision_another_use_case_or_another_day_draws_a_new_picture()
    {
        var pictures = new MapPictures();
        var snapshot = await _catalog.SnapshotAsync();
        await pictures.GetAsync(snapshot, ["ci"], Freshness);

        await pictures.GetAsync(snapshot, ["cd"], Freshness);
        await pictures.GetAsync(snapshot, ["ci"], Freshness with { Today = Freshness.Today.AddDays(1) });
        await pictures.GetAsync(await _catalog.SnapshotAsync(), ["ci"], Freshness);

        Assert.Equal(4, pictures.Renders);
    }

    [Fact]
    public async Task Concurrent_askers_of_one_picture_share_one_render()
    {
        var pictures = new MapPictures();
        var snapshot = await _catalog.SnapshotAsync();

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => pictures.GetAsync(snapshot, null, Freshness))));

        Assert.Equal(1, pictures.Renders);
        Assert.All(all, p => Assert.Same(all[0].Png, p.Png));
    }

    [Fact]
    public async Task Each_cell_of_the_seeded_catalog_picture_has_the_colour_of_its_coverage()
    {
        var snapshot = await _catalog.SnapshotAsync();
        var grid = CoverageGrid.Compute(snapshot, null, Freshness);
        var picture = await new MapPictures().GetAsync(snapshot, null, Freshness);
        using var bitmap = SKBitmap.Decode(picture.Png);

        Assert.Contains(grid.Cells, c => c.Level == CoverageLevel.Empty);
        Assert.Contains(grid.Cells, c => c.Level is CoverageLevel.One or CoverageLevel.Few or CoverageLevel.Many);
        for (var i = 0; i < grid.Cells.Count; i++)
        {
            var (x, y) = picture.CellCentres[i];
            var expected = MapPalette.Fill(grid.Cells[i].Level);
            var actual = bitmap.GetPixel(x, y - 9);
            Assert.True((expected.R, expected.G, expected.B) == (actual.Red, actual.Green, actual.Blue), $"cell {i}: {grid.Cells[i]} got {actual}");
        }
    }
}
