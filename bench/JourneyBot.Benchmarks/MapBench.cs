using System.Diagnostics;
using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Benchmarks;

/// <summary>
/// <c>bench map</c>: the journey map picture of a 50-use-case catalog (2,000 items), drawn as the digest draws it.
/// Reports the first render in the process (Skia and font loading included), then the median of fresh renders, then
/// a cache hit. Target: under 1 s per render.
/// </summary>
public static class MapBench
{
    private const int UseCases = 50, Items = 2_000, Renders = 10;

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var import = await services.GetRequiredService<CatalogImporter>()
            .ImportAsync(new StringReader(Catalog()), CatalogFormat.Csv, new ImportOptions(Replace: true, CreateUseCases: true), CancellationToken.None);
        if (!import.Succeeded) throw new InvalidOperationException(string.Join("\n", import.Problems.Take(5)));
        var snapshot = await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(CancellationToken.None);
        var freshness = services.GetRequiredService<FreshnessClock>().Now();

        var clock = Stopwatch.StartNew();
        var first = await new MapPictures().GetAsync(snapshot, null, freshness);
        var firstMs = clock.Elapsed.TotalMilliseconds;

        var samples = new double[Renders];
        for (var i = 0; i < Renders; i++)
        {
            clock.Restart();
            await new MapPictures().GetAsync(snapshot, null, freshness);
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);

        var cache = new MapPictures();
        await cache.GetAsync(snapshot, null, freshness);
        clock.Restart();
        await cache.GetAsync(snapshot, null, freshness);
        var hitUs = clock.Elapsed.TotalMicroseconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"map picture of {snapshot.UseCases.Count} use cases x {snapshot.BuyerStages.Count} stages x {snapshot.Personas.Count} personas ({first.Width}x{first.Height} px, {first.Png.Length / 1024.0:F0} KiB): first render {firstMs:F0} ms, then median {samples[Renders / 2]:F0} ms, max {samples[^1]:F0} ms; cache hit {hitUs:F0} µs"));
        return samples[^1] < 1000 ? 0 : 1;
    }

    private static string Catalog()
    {
        string[] stages = ["awareness", "consideration", "decision"], personas = ["executive", "manager", "contributor", ""];
        var random = new Random(42);
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        for (var i = 0; i < Items; i++)
        {
            // Skewed towards the first use cases, so the map has every level from empty to many.
            var useCase = (int)(Math.Pow(random.NextDouble(), 2) * UseCases) + 1;
            var updated = new DateOnly(2023, 1, 1).AddDays(random.Next(1400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"Item {i},https://bench.example.com/map/{i},Webinar,{stages[random.Next(3)]},{personas[random.Next(4)]},bench-uc-{useCase:00},{updated},pmm,\n");
        }
        return csv.ToString();
    }
}
