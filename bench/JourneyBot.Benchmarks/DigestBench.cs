using System.Diagnostics;
using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Benchmarks;

/// <summary>
/// <c>bench digests</c>: the Monday digest run for 1,000 subscriptions, each built as the job builds it (subscription,
/// last delivery, the week's query log, gap map, Slack message checked against Block Kit limits), one after another,
/// over 5,000 items and 2,000 unanswered questions. Target: under 5 s in all.
/// </summary>
public static class DigestBench
{
    private const int Subscriptions = 1_000;
    private const int Items = 5_000;
    private const int UnansweredQuestions = 2_000;

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var import = await services.GetRequiredService<CatalogImporter>()
            .ImportAsync(new StringReader(GeneratedCatalog(Items)), CatalogFormat.Csv, new ImportOptions { Replace = true }, CancellationToken.None);
        if (!import.Succeeded) throw new InvalidOperationException(string.Join("\n", import.Problems.Take(5)));
        var snapshot = await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(CancellationToken.None);
        var useCases = snapshot.UseCases.Select(u => u.Key).ToArray();
        var ids = await SeedAsync(services, useCases);

        var subscriptions = services.GetRequiredService<DigestSubscriptions>();
        var builder = services.GetRequiredService<DigestBuilder>();
        var clock = Stopwatch.StartNew();
        var blocks = 0;
        TimeSpan reads = default, builds = default;
        foreach (var id in ids)
        {
            var t0 = Stopwatch.GetTimestamp();
            var subscription = (await subscriptions.FindAsync(id, CancellationToken.None))!;
            var baseline = await subscriptions.BaselineAsync(id, null, CancellationToken.None);
            reads += Stopwatch.GetElapsedTime(t0);
            t0 = Stopwatch.GetTimestamp();
            var digest = await builder.BuildAsync(snapshot, subscription.UseCaseKeys, subscription.ChannelId, baseline, CancellationToken.None);
            builds += Stopwatch.GetElapsedTime(t0);

            var message = AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false)) with { Channel = subscription.ChannelId };
            if (BlockKitLimits.Validate(message).Count > 0) throw new InvalidOperationException($"digest {id} breaks a Block Kit limit");
            blocks += message.Blocks!.Count;
        }
        var elapsed = clock.Elapsed;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Subscriptions:N0} digests over {snapshot.Items.Count:N0} items and {UnansweredQuestions:N0} unanswered questions: {elapsed.TotalSeconds:F2} s ({elapsed.TotalMilliseconds / Subscriptions:F2} ms each, {blocks / Subscriptions} blocks on average; subscription and last delivery {reads.TotalSeconds:F2} s, digest {builds.TotalSeconds:F2} s)"));
        return elapsed < TimeSpan.FromSeconds(5) ? 0 : 1;
    }

    private static async Task<List<int>> SeedAsync(IServiceProvider services, string[] useCases)
    {
        var random = new Random(7);
        var now = DateTime.UtcNow;
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        var rows = SubscriptionRows(Subscriptions, useCases, random, now);
        db.DigestSubscriptions.AddRange(rows);
        await db.SaveChangesAsync();
        db.DigestDeliveries.AddRange(rows.Select(s => new DigestDelivery
        {
            SubscriptionId = s.Id, Week = "2026-W48", ClaimedAt = now.AddDays(-7).AddHours(1), PostedAt = now.AddDays(-7).AddHours(1), Status = DigestDeliveryStatus.Posted, MessageTs = "1.2",
            GapsJson = """{"empty":[{"use_case":"ci","stage":"decision","persona":"executive"}],"stale":[]}""",
        }));
        string[] stages = ["awareness", "consideration", "decision"], personas = ["executive", "manager", "contributor"];
        db.QueryLog.AddRange(Enumerable.Range(0, UnansweredQuestions).Select(i => new QueryLogEntry
        {
            Question = $"collateral {stages[i % 3]} {useCases[i % useCases.Length]} {personas[i % 3]} topic {i % 150}",
            Command = "collateral",
            UseCaseKey = i % 10 == 0 ? null : useCases[i % useCases.Length],
            StageKey = stages[i % 3],
            PersonaKey = personas[i % 3],
            ChannelId = $"C{i % Subscriptions:D5}",
            AskedAt = now.AddMinutes(-random.Next(7 * 24 * 60)),
        }));
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    /// <summary>One subscription per channel <c>C00000</c>…: a quarter follow everything, the rest one to three use cases.</summary>
    internal static List<DigestSubscription> SubscriptionRows(int count, string[] useCases, Random random, DateTime now) =>
        Enumerable.Range(0, count).Select(i => new DigestSubscription
        {
            TeamId = "T1",
            ChannelId = $"C{i:D5}",
            UseCaseKeys = i % 4 == 0 ? [] : useCases.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList(),
            TimeZone = "UTC",
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();

    private static string GeneratedCatalog(int count)
    {
        string[] stages = ["awareness", "consideration", "decision"], personas = ["executive", "manager", "contributor", ""];
        string[] useCases = ["vcc", "ci", "cd", "devsecops", "gitops", "agile", "simplify-devops", "cloud-native"];
        var random = new Random(42);
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        for (var i = 0; i < count; i++)
        {
            var updated = new DateOnly(2023, 1, 1).AddDays(random.Next(1400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"Item {i},https://bench.example.com/{i},Webinar,{stages[random.Next(3)]},{personas[random.Next(4)]},{useCases[random.Next(useCases.Length)]},{updated},pmm,\n");
        }
        return csv.ToString();
    }
}
