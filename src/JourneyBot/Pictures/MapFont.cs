using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace JourneyBot.Pictures;

/// <summary>
/// The map's typeface, shipped inside the assembly (DejaVu Sans, Bitstream Vera licence: Fonts/LICENSE-DejaVu.txt):
/// a container may have no system fonts at all, and then Skia draws no text. Registered once with ScottPlot's
/// process-wide font resolvers under a name no system font has, so only our pictures use it.
/// </summary>
public static class MapFont
{
    public const string Name = "JourneyBot Sans";

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Faces = new(() => (Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));
    private static readonly Lazy<bool> Registered = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Add(new Resolver());
        return true;
    });

    /// <summary>Makes <see cref="Name"/> resolvable by ScottPlot; safe to call from any thread, any number of times.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(MapFont).Assembly.GetManifestResourceStream("JourneyBot.Pictures.Fonts." + file)
            ?? throw new InvalidOperationException($"The embedded font {file} is missing from the JourneyBot assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The embedded font {file} could not be read.");
    }

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Name ? (bold ? Faces.Value.Bold : Faces.Value.Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
