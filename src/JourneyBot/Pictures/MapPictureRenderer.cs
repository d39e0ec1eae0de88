using System.Globalization;
using JourneyBot.Core.Journeys;
using ScottPlot;

namespace JourneyBot.Pictures;

/// <summary>A rendered journey map: PNG bytes, their size, and where each grid cell's centre landed (in grid cell order).</summary>
public sealed record MapPicture(byte[] Png, int Width, int Height, IReadOnlyList<(int X, int Y)> CellCentres)
{
    /// <summary>What the picture shows in words, for screen readers.</summary>
    public string AltText { get; init; } = "Journey map heat map";
}

/// <summary>
/// Draws a <see cref="CoverageGrid"/> as a heat map with ScottPlot: use cases down, buyer stages x personas across
/// (grouped under stage labels), each cell coloured by <see cref="MapPalette"/> with its count printed, a legend and
/// a title. The image is sized from the grid so cells and labels stay legible at Slack's preview width.
/// </summary>
public static class MapPictureRenderer
{
    // Cells shrink for wide grids so the picture stays near Slack's preview width, but never below a legible size.
    private const int TargetGridWidth = 560, MinCellWidth = 28, MaxCellWidth = 56, CellHeight = 26;
    // Fixed margins around the cells: use case labels left; title above; persona labels and the legend below.
    private const int LeftLabelWidth = 150, TopSpace = 40, PersonaLabelSpace = 80, RightSpace = 16, MinWidth = 480;
    // The legend wraps within the grid's width: about 95 px an entry, 22 px a line.
    private const int LegendEntryWidth = 95, LegendLineHeight = 22;

    public static MapPicture Render(CoverageGrid grid, string title)
    {
        ArgumentNullException.ThrowIfNull(grid);
        MapFont.EnsureRegistered();
        int personas = grid.Personas.Count, columns = grid.Stages.Count * personas, rows = grid.UseCases.Count;
        var cellWidth = Math.Clamp(columns == 0 ? MaxCellWidth : TargetGridWidth / columns, MinCellWidth, MaxCellWidth);
        // One row more than the use cases: the stage labels sit in it, above their persona columns.
        var gridWidth = Math.Max(columns, 1) * cellWidth;
        var width = Math.Max(MinWidth, LeftLabelWidth + gridWidth + RightSpace);
        var legendLines = (int)Math.Ceiling(Enum.GetValues<CoverageLevel>().Length / (double)Math.Max(1, gridWidth / LegendEntryWidth));
        var bottomSpace = PersonaLabelSpace + legendLines * LegendLineHeight + 20;
        var height = TopSpace + (Math.Max(rows, 1) + 1) * CellHeight + bottomSpace;

        var plot = new Plot();
        plot.Font.Set(MapFont.Name);
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.FontName = MapFont.Name;
        plot.Grid.IsVisible = false;
        plot.Axes.Frame(false);

        var centres = new List<Coordinates>(grid.Cells.Count);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            var cell = grid.At(r, c);
            // Row 0 at the top: y runs from rows down to 0.
            double left = c, bottom = rows - r - 1;
            var rect = plot.Add.Rectangle(left, left + 1, bottom, bottom + 1);
            rect.FillColor = MapPalette.Fill(cell.Level);
            rect.LineColor = Colors.White;
            rect.LineWidth = 1;
            var centre = new Coordinates(left + 0.5, bottom + 0.5);
            var text = plot.Add.Text(CountText(cell), centre);
            text.LabelFontName = MapFont.Name;
            text.LabelFontSize = 11;
            text.LabelFontColor = MapPalette.Text(cell.Level);
            text.LabelAlignment = Alignment.MiddleCenter;
            centres.Add(centre);
        }

        // A darker line between stages, so the persona columns read as groups.
        for (var s = 1; s < grid.Stages.Count; s++)
        {
            var line = plot.Add.Line(s * personas, 0, s * personas, rows);
            line.LineWidth = 2;
            line.LineColor = Color.FromHex("#444444");
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows).Select(r => rows - r - 0.5).ToArray(), grid.UseCases.Select(u => Shorten(u.Name, 22)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, columns).Select(c => c + 0.5).ToArray(), Enumerable.Range(0, columns).Select(c => Shorten(grid.Personas[c % personas].Name, 12)).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        plot.Axes.Bottom.TickLabelStyle.Rotation = -50;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 70;

        for (var s = 0; s < grid.Stages.Count; s++)
        {
            // About 8 px a character at this size: a stage name fits above its persona columns.
            var label = plot.Add.Text(Shorten(grid.Stages[s].Name, Math.Max(4, personas * cellWidth / 8)), new Coordinates(s * personas + personas / 2.0, rows + 0.5));
            label.LabelFontName = MapFont.Name;
            label.LabelFontSize = 12;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleCenter;
        }

        plot.Legend.ManualItems.AddRange(Enum.GetValues<CoverageLevel>().Select(level => new LegendItem
        {
            LabelText = MapPalette.Label(level),
            FillColor = MapPalette.Fill(level),
            OutlineColor = Color.FromHex("#888888"),
        }));
        plot.Legend.FontName = MapFont.Name;
        plot.Legend.FontSize = 11;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);

        plot.Axes.SetLimits(0, Math.Max(columns, 1), 0, Math.Max(rows, 1) + 1);
        var rightOfGrid = width - LeftLabelWidth - gridWidth;
        plot.Layout.Fixed(new PixelPadding(LeftLabelWidth, rightOfGrid, bottomSpace, TopSpace));
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        // GetPixel uses the layout of the render just made.
        var pixels = centres.Select(c => plot.GetPixel(c)).Select(p => ((int)Math.Round(p.X), (int)Math.Round(p.Y))).ToList();
        return new MapPicture(png, width, height, pixels);
    }

    /// <summary>Fresh items, with the stale ones after a plus ("2+1"); a cell of only stale items shows their count, its colour says the rest.</summary>
    public static string CountText(CoverageCell cell) => cell.Stale == 0 || cell.Fresh == 0
        ? cell.Items.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{cell.Fresh}+{cell.Stale}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
