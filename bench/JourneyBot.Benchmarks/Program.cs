using System.Diagnostics;
using JourneyBot.Benchmarks;
using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Reviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// bench generate <count> <file.csv>   a catalog in the import format
// bench engine [count]                import time and next-offer latency on a generated catalog
// bench hotpath [count]               where one signed /journey next-offer spends its time, stage by stage
// bench floor <url> <reply.json>      Kestrel as JourneyBot serves, answering /slack/commands with fixed bytes
// bench digests                       the Monday digest run: 1,000 subscriptions over 5,000 items
// bench reviews                       the weekly run at scale: 200 owners' review DMs and 1,000 digests over 50,000 items
// bench search [count]                full-text search p50/p99 over a 100,000-item catalog
// bench map                           the journey map picture of a 50-use-case catalog (target: under 1 s a render)
var verb = args.FirstOrDefault() ?? "engine";
if (verb == "floor")
    return await Floor.RunAsync(args[1], args[2]);
if (verb == "generate")
{
    var count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    await File.WriteAllTextAsync(args[2], CatalogGenerator.Csv(count));
    Console.WriteLine($"wrote {count} items to {args[2]}");
    return 0;
}

var items = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var folder = Directory.CreateTempSubdirectory("journeybot-bench-").FullName;
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(folder, "bench.db")}",
}).Build();
await using var services = new ServiceCollection()
    .AddSingleton<IConfiguration>(configuration)
    .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
    .AddJourneyCatalog()
    .AddJourneyCommands(configuration)
    .AddJourneyDigests()
    .AddSingleton<CatalogImporter>()
    .AddOwnerReviews()
    .AddSingleton<JourneyBot.Reviews.ReviewPlanner>()
    .AddSingleton<JourneyBot.Owners.IOwnerDirectory, MentionedOwners>()
    .BuildServiceProvider();
await services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None);
if (verb == "digests")
    return await DigestBench.RunAsync(services);
if (verb == "reviews")
    return await ReviewBench.RunAsync(services);
if (verb == "map")
    return await MapBench.RunAsync(services);
if (verb == "search")
{
    var code = await SearchBench.RunAsync(services, args.Length > 1 ? items : 100_000);
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
    return code;
}

var csv = CatalogGenerator.Csv(items);
var clock = Stopwatch.StartNew();
var result = await services.GetRequiredService<CatalogImporter>()
    .ImportAsync(new StringReader(csv), CatalogFormat.Csv, new ImportOptions(), CancellationToken.None);
var importMs = clock.Elapsed.TotalMilliseconds;
if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
Console.WriteLine($"import: {result.Added:N0} rows in {importMs / 1000:F2} s");

var questions = new[] { "next-offer ci inquiry", "next-offer devsecops mql manager", "next-offer gitops sao executive", "next-offer cd awareness contributor" };
await using (var warm = services.CreateAsyncScope())
{
    var assistant = warm.ServiceProvider.GetRequiredService<JourneyAssistant>();
    for (var i = 0; i < 2_000; i++) await assistant.AskAsync(questions[i % questions.Length], new AskContext("UBENCH", "CBENCH"));
}

const int Runs = 20_000;
var samples = new double[Runs];
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
for (var i = 0; i < Runs; i++)
{
    var start = Stopwatch.GetTimestamp();
    await using var scope = services.CreateAsyncScope();
    var answer = await scope.ServiceProvider.GetRequiredService<JourneyAssistant>().AskAsync(questions[i % questions.Length], new AskContext("UBENCH", "CBENCH"));
    samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    if (answer is not CollateralListAnswer) throw new InvalidOperationException($"unexpected {answer.GetType().Name}");
}
var perAnswer = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Runs;
Array.Sort(samples);
double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Ceiling(q * samples.Length) - 1)];
Console.WriteLine($"next-offer over {items:N0} items, {Runs:N0} answers: p50 {P(0.50) * 1000:F0} µs, p99 {P(0.99) * 1000:F0} µs, max {samples[^1]:F2} ms, {perAnswer / 1024.0:F1} KiB allocated per answer");

if (verb == "hotpath")
    await HotPath.RunAsync(services);

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return 0;
