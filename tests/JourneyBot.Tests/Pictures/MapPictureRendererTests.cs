using System.Buffers.Binary;
using JourneyBot.Core.Journeys;
using JourneyBot.Pictures;
using SkiaSharp;

namespace JourneyBot.Tests.Pictures;

public sealed class MapPictureRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Picture_is_a_PNG_whose_header_and_decoded_size_match_the_reported_size()
    {
        var picture = MapPictureRenderer.Render(MapGrids.EveryLevel(), "Journey map, 2026-W48");

        Assert.Equal(PngSignature, picture.Png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(picture.Png, 12, 4));
        Assert.Equal(picture.Width, BinaryPrimitives.ReadInt32BigEndian(picture.Png.AsSpan(16, 4)));
        Assert.Equal(picture.Height, BinaryPrimitives.ReadInt32BigEndian(picture.Png.AsSpan(20, 4)));
        using var bitmap = SKBitmap.Decode(picture.Png);
        Assert.NotNull(bitmap);
        Assert.Equal((picture.Width, picture.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Each_cell_is_filled_with_the_colour_of_its_coverage_level()
    {
        var grid = MapGrids.EveryLevel();
        var picture = MapPictureRenderer.Render(grid, "Journey map");
        using var bitmap = SKBitmap.Decode(picture.Png);

        for (var i = 0; i < grid.Cells.Count; i++)
        {
            // Above the printed count, still inside the cell.
            var (x, y) = picture.CellCentres[i];
            var expected = MapPalette.Fill(grid.Cells[i].Level);
            var actual = bitmap.GetPixel(x, y - 9);
            Assert.True((expected.R, expected.G, expected.B) == (actual.Red, actual.Green, actual.Blue),
                $"cell {i} ({grid.Cells[i].Level}) at ({x},{y - 9}): expected #{expected.R:X2}{expected.G:X2}{expected.B:X2}, got {actual}");
        }
    }

    [Fact]
    public void Use_case_labels_and_cell_counts_are_drawn_as_text()
    {
        var grid = MapGrids.EveryLevel();
        var picture = MapPictureRenderer.Render(grid, "Journey map");
        using var bitmap = SKBitmap.Decode(picture.Png);
        var (firstX, firstY) = picture.CellCentres[0];

        // The label column left of the first row: some dark pixels (glyphs) on the white background.
        Assert.True(DarkPixels(bitmap, 2, firstY - 6, firstX - 30, firstY + 6) > 20, "no use case label drawn");
        // The "0" printed in the empty first cell.
        Assert.True(DarkPixels(bitmap, firstX - 5, firstY - 5, firstX + 5, firstY + 5) > 3, "no count drawn in the cell");
    }

    [Fact]
    public void Wide_grids_get_wider_pictures_and_more_use_cases_taller_ones()
    {
        var small = MapPictureRenderer.Render(MapGrids.EveryLevel(), "small");
        var grid = MapGrids.EveryLevel();
        var taller = grid with
        {
            UseCases = [.. grid.UseCases, MapGrids.UseCase("gitops", "GitOps")],
            Cells = [.. grid.Cells, .. grid.Cells.Take(4).Select(c => c with { UseCase = "gitops" })],
        };

        Assert.True(MapPictureRenderer.Render(taller, "taller").Height > small.Height);
        Assert.InRange(small.Width, 200, 800);
    }

    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(0, 3, "3")]
    [InlineData(2, 0, "2")]
    [InlineData(2, 1, "2+1")]
    public void Count_shows_fresh_items_and_stale_ones_after_a_plus(int fresh, int stale, string expected) =>
        Assert.Equal(expected, MapPictureRenderer.CountText(new CoverageCell("ci", "awareness", "executive", fresh, stale)));

    private static int DarkPixels(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        var dark = 0;
        for (var x = Math.Max(0, left); x < Math.Min(bitmap.Width, right); x++)
        for (var y = Math.Max(0, top); y < Math.Min(bitmap.Height, bottom); y++)
        {
            var p = bitmap.GetPixel(x, y);
            if (p.Red + p.Green + p.Blue < 300) dark++;
        }
        return dark;
    }
}
