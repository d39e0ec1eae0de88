using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Pictures;

/// <summary>
/// The journey map pictures, rendered once per catalog revision: keyed by the <see cref="CatalogSnapshot"/> instance
/// (a new one is loaded whenever the catalog changes; an old one's pictures go with it), the use cases shown and the
/// freshness date. Concurrent askers of the same picture share one render, which runs on the thread pool.
/// </summary>
public sealed class MapPictures
{
    private readonly ConditionalWeakTable<CatalogSnapshot, ConcurrentDictionary<Key, Lazy<Task<MapPicture>>>> _cache = [];
    private int _renders;

    /// <summary>How many pictures were actually drawn (not served from the cache).</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <param name="useCaseKeys">The use cases shown, all when null or empty.</param>
    public Task<MapPicture> GetAsync(CatalogSnapshot catalog, IReadOnlyList<string>? useCaseKeys, Freshness freshness)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var keys = useCaseKeys is { Count: > 0 } ? useCaseKeys.Distinct().Order(StringComparer.Ordinal).ToList() : null;
        var key = new Key(keys is null ? "" : string.Join(',', keys), freshness);
        var pictures = _cache.GetValue(catalog, _ => new());
        var entry = pictures.GetOrAdd(key, _ => new Lazy<Task<MapPicture>>(() => Task.Run(() => Render(catalog, keys, freshness))));
        var task = entry.Value;
        // A failed render is not kept: the next ask tries again rather than failing for the catalog's lifetime.
        if (task.IsFaulted) pictures.TryRemove(new KeyValuePair<Key, Lazy<Task<MapPicture>>>(key, entry));
        return task;
    }

    private MapPicture Render(CatalogSnapshot catalog, IReadOnlyList<string>? keys, Freshness freshness)
    {
        Interlocked.Increment(ref _renders);
        var grid = CoverageGrid.Compute(catalog, keys, freshness);
        return MapPictureRenderer.Render(grid, Title(catalog, keys, freshness.Today)) with { AltText = AltText(grid) };
    }

    /// <summary>"Journey map, 2026-W48: Continuous Integration" (or "all 8 use cases").</summary>
    public static string Title(CatalogSnapshot catalog, IReadOnlyList<string>? keys, DateOnly today)
    {
        var what = keys is null
            ? string.Create(CultureInfo.InvariantCulture, $"all {catalog.UseCases.Count} use cases")
            : string.Join(", ", keys.Select(k => catalog.UseCase(k)?.Name ?? k));
        return $"Journey map, {Week(today)}: {Shorten(what, 60)}";
    }

    /// <summary>The ISO week of <paramref name="day"/>, as the digest names weeks ("2026-W48").</summary>
    public static string Week(DateOnly day) => string.Create(CultureInfo.InvariantCulture,
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}");

    /// <summary>What the picture shows, for screen readers (an image block's alt text).</summary>
    public static string AltText(CoverageGrid grid)
    {
        int empty = grid.Cells.Count(c => c.Level == CoverageLevel.Empty), stale = grid.Cells.Count(c => c.Level == CoverageLevel.OnlyStale);
        return string.Create(CultureInfo.InvariantCulture,
            $"Heat map of {grid.UseCases.Count} use cases by {grid.Stages.Count} buyer stages and {grid.Personas.Count} personas: {empty} of {grid.Cells.Count} cells empty, {stale} with only stale items. The text below lists them.");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private readonly record struct Key(string UseCases, Freshness Freshness);
}
