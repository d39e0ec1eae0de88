using JourneyBot.Core.Journeys;
using ScottPlot;

namespace JourneyBot.Pictures;

/// <summary>
/// Cell colours per <see cref="CoverageLevel"/>: a sequential blue scale (ColorBrewer "Blues", readable with every
/// common colour-vision deficiency) from one to many fresh items, light grey for empty, and Okabe-Ito orange for
/// "only stale" so it never reads as a shade of the scale. The count is printed in every cell as well.
/// </summary>
public static class MapPalette
{
    public static Color Fill(CoverageLevel level) => level switch
    {
        CoverageLevel.Empty => Color.FromHex("#EEEEEE"),
        CoverageLevel.OnlyStale => Color.FromHex("#E69F00"),
        CoverageLevel.One => Color.FromHex("#C6DBEF"),
        CoverageLevel.Few => Color.FromHex("#6BAED6"),
        CoverageLevel.Many => Color.FromHex("#08519C"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Text on the cell: white only on the darkest fill, where black would not be legible.</summary>
    public static Color Text(CoverageLevel level) => level == CoverageLevel.Many ? Colors.White : Color.FromHex("#1A1A1A");

    public static string Label(CoverageLevel level) => level switch
    {
        CoverageLevel.Empty => "empty",
        CoverageLevel.OnlyStale => "only stale",
        CoverageLevel.One => "1 fresh",
        CoverageLevel.Few => "2-3 fresh",
        CoverageLevel.Many => "4+ fresh",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
