using System.Diagnostics;
using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Reviews;
using JourneyBot.Digests;
using JourneyBot.Messages;
using JourneyBot.Reviews;
using JourneyBot.Slack.BlockKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Benchmarks;

/// <summary>
/// <c>bench reviews</c>: the weekly run at scale, 200 owners, 50,000 items, 1,000 digest subscriptions. Times building
/// every owner review DM (due items, grouping by owner, the once-a-week claim and its mark in the database, the
/// message checked against Block Kit limits) and every digest, as the jobs do; Slack itself is not called. Target:
/// under 30 s in all. Prints how long the posts then take at the configured pacing.
/// </summary>
public static class ReviewBench
{
    private const int Owners = 200;
    private const int Items = 50_000;
    private const int Subscriptions = 1_000;

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var import = await services.GetRequiredService<CatalogImporter>()
            .ImportAsync(new StringReader(GeneratedCatalog()), CatalogFormat.Csv, new ImportOptions { Replace = true }, CancellationToken.None);
        if (!import.Succeeded) throw new InvalidOperationException(string.Join("\n", import.Problems.Take(5)));
        var ids = await SeedSubscriptionsAsync(services);
        await AgeCatalogAsync(services);
        var catalogs = services.GetRequiredService<CatalogSnapshotProvider>();
        await catalogs.RefreshAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var (dms, due) = await BuildReviewsAsync(services, catalogs);
        var reviews = clock.Elapsed;
        var digests = await BuildDigestsAsync(services, catalogs, ids);
        var total = clock.Elapsed;

        var jobs = new JobsOptions();
        var dmMinutes = dms / (double)jobs.WorkspacePostsPerMinute;
        var digestMinutes = Subscriptions / (double)jobs.WorkspacePostsPerMinute;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{dms:N0} owner review DMs ({due:N0} items due of {Items:N0}, {Owners} owners): {reviews.TotalSeconds:F2} s; {digests:N0} digests: {(total - reviews).TotalSeconds:F2} s; total {total.TotalSeconds:F2} s (target < 30 s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pacing: every DM and digest goes to its own channel, so Slack's ~1 message/s per channel never binds; the workspace cap of {jobs.WorkspacePostsPerMinute}/min (Jobs:WorkspacePostsPerMinute) spreads the DMs over {dmMinutes:F1} min and the digests over {digestMinutes:F1} min"));
        return total < TimeSpan.FromSeconds(30) ? 0 : 1;
    }

    private static async Task<(int Dms, int Due)> BuildReviewsAsync(IServiceProvider services, CatalogSnapshotProvider catalogs)
    {
        var store = services.GetRequiredService<ReviewStore>();
        var now = DateTimeOffset.UtcNow;
        var due = ReviewDue.At(now, new CatalogOptions().ReviewDays);
        var items = due.DueItems(await catalogs.GetAsync(CancellationToken.None));
        var batches = await services.GetRequiredService<ReviewPlanner>().PlanAsync(items, CancellationToken.None);
        var week = DigestSchedule.IsoWeek(now, TimeZoneInfo.Utc);
        var dms = 0;
        foreach (var batch in batches)
        {
            var claim = await store.TryClaimAsync(batch.Recipient.SlackId, week, CancellationToken.None) ?? throw new InvalidOperationException("claimed twice");
            var message = ReviewMessages.Build(batch.Items, due) with { Channel = batch.Recipient.SlackId };
            if (BlockKitLimits.Validate(message).Count > 0) throw new InvalidOperationException($"review DM to {batch.Recipient.SlackId} breaks a Block Kit limit");
            await store.MarkSentAsync(claim, "1.2", [.. batch.Items.Take(ReviewMessages.MaxItems).Select(i => i.Id)], CancellationToken.None);
            dms++;
        }
        return (dms, items.Count);
    }

    private static async Task<int> BuildDigestsAsync(IServiceProvider services, CatalogSnapshotProvider catalogs, List<int> ids)
    {
        var subscriptions = services.GetRequiredService<DigestSubscriptions>();
        var builder = services.GetRequiredService<DigestBuilder>();
        var snapshot = await catalogs.GetAsync(CancellationToken.None);
        foreach (var id in ids)
        {
            var subscription = (await subscriptions.FindAsync(id, CancellationToken.None))!;
            var baseline = await subscriptions.BaselineAsync(id, null, CancellationToken.None);
            var digest = await builder.BuildAsync(snapshot, subscription.UseCaseKeys, subscription.ChannelId, baseline, CancellationToken.None);
            var message = AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false)) with { Channel = subscription.ChannelId };
            if (BlockKitLimits.Validate(message).Count > 0) throw new InvalidOperationException($"digest {id} breaks a Block Kit limit");
        }
        return ids.Count;
    }

    /// <summary>
    /// A 50,000-item catalog is years of work, not one week's: all but 500 items were added before last week's digest,
    /// or every digest would list all 50,000 under "added since last week" (which is what an import just now means).
    /// </summary>
    private static async Task AgeCatalogAsync(IServiceProvider services)
    {
        var before = DateTime.UtcNow.AddDays(-60);
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await db.Collateral.Where(c => c.Id % 100 != 0).ExecuteUpdateAsync(u => u.SetProperty(c => c.AddedAt, before));
    }

    private static async Task<List<int>> SeedSubscriptionsAsync(IServiceProvider services)
    {
        string[] useCases = ["vcc", "ci", "cd", "devsecops", "gitops", "agile", "simplify-devops", "cloud-native"];
        var random = new Random(7);
        var now = DateTime.UtcNow;
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        var rows = DigestBench.SubscriptionRows(Subscriptions, useCases, random, now);
        db.DigestSubscriptions.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>50,000 items over 200 owners (<c>&lt;@U…&gt;</c> mentions), updated across four years, so about half are due.</summary>
    private static string GeneratedCatalog()
    {
        string[] stages = ["awareness", "consideration", "decision"], personas = ["executive", "manager", "contributor", ""];
        string[] useCases = ["vcc", "ci", "cd", "devsecops", "gitops", "agile", "simplify-devops", "cloud-native"];
        var random = new Random(42);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        for (var i = 0; i < Items; i++)
        {
            var updated = today.AddDays(-random.Next(1400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"Item {i},https://bench.example.com/{i},Webinar,{stages[random.Next(3)]},{personas[random.Next(4)]},{useCases[random.Next(useCases.Length)]},{updated},<@U{i % Owners:D6}>,\n");
        }
        return csv.ToString();
    }
}
