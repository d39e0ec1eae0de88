using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Chat;

/// <summary>The App Home tab: the journey map (use case x stage counts, holes and stale items marked), the oldest stale items, and how to ask.</summary>
public sealed class HomeTab(CatalogSnapshotProvider catalogs, FreshnessClock freshness, SlackApiClient slack, Reviews.ReviewPauseSection reviews, HomeMapImage mapPicture, OwnerItemsSection ownerItems)
{
    private const int MaxUseCaseRows = 60;
    private const int MaxStaleItems = 5;

    public async Task PublishAsync(string userId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var now = freshness.Now();
        var map = await mapPicture.GetAsync(catalog, now).WaitAsync(cancellationToken);
        // The review pause line goes in before the map's footer, the owner's own items after it. The map stays far
        // under Slack's 100 blocks (60 use-case rows fit in a few sections), so the three always fit together.
        var home = await reviews.AddToAsync(Build(catalog, now, map), userId, cancellationToken);
        var mine = await ownerItems.BlocksAsync(catalog, userId, cancellationToken);
        await slack.PublishView(userId, home with { Blocks = [.. home.Blocks, .. mine] }, cancellationToken);
    }

    /// <param name="picture">The map picture (see <see cref="HomeMapImage"/>), shown above the counts when there is one.</param>
    public static View Build(CatalogSnapshot catalog, Freshness freshness, ImageBlock? picture = null)
    {
        var blocks = new List<Block>
        {
            Kit.Header("JourneyBot: the journey map"),
            Kit.Section("Which content fits a prospect now, and what comes next? Each cell counts the collateral per use case and buyer stage; "
                + ":white_square: marks a stage with no collateral at all, :jigsaw: one where some persona has nothing; "
                + string.Create(CultureInfo.InvariantCulture, $"(n stale): items older than {freshness.Days} days.")),
        };
        if (picture is not null) blocks.Add(picture);
        // Counts and holes come from the gap map, so the home tab and `gaps` always agree.
        var map = GapMap.Compute(catalog, null, freshness);
        var holes = map.Empty.Select(c => (c.UseCase, c.Stage)).ToHashSet();
        var coverage = map.Stages.ToDictionary(c => (c.UseCase, c.Stage));
        var header = "*Use case* · " + string.Join(" · ", catalog.BuyerStages.Select(s => Kit.Escape(s.Name)));
        var rows = new StringBuilder(header);
        var shown = 0;
        foreach (var useCase in catalog.UseCases.Take(MaxUseCaseRows))
        {
            var cells = catalog.BuyerStages.Select(stage =>
            {
                var c = coverage[(useCase.Key, stage.Key)];
                var mark = c.Items == 0 ? ":white_square:" : holes.Contains((useCase.Key, stage.Key)) ? ":jigsaw:" : ":white_check_mark:";
                var stale = c.Stale > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({c.Stale} stale)") : "";
                return string.Create(CultureInfo.InvariantCulture, $"{mark} {c.Items}{stale}");
            });
            var line = $"\n*{Kit.Escape(useCase.Name)}* (`{Kit.Escape(useCase.Key)}`) · {string.Join(" · ", cells)}";
            // Start a new section before one would pass Slack's 3,000-character limit.
            if (rows.Length + line.Length > BlockKitLimits.SectionText)
            {
                blocks.Add(Kit.Section(rows.ToString()));
                rows.Clear();
            }
            rows.Append(line);
            shown++;
        }
        blocks.Add(Kit.Section(rows.ToString()));
        if (catalog.UseCases.Count > shown)
            blocks.Add(Kit.Context(string.Create(CultureInfo.InvariantCulture, $"…and {catalog.UseCases.Count - shown} more use cases: ask {Kit.Command("gaps <use case>")}.")));
        if (OldestStale(catalog, freshness) is { } stale) blocks.Add(stale);
        blocks.Add(new DividerBlock());
        blocks.Add(Kit.Section("*How to ask*\n"
            + $"• {Kit.Command("next-offer ci inquiry manager")}: the next offer for a prospect\n"
            + $"• {Kit.Command("collateral consideration devsecops")}: what fits a stage\n"
            + $"• {Kit.Command("play gitops executive")}: the value play\n"
            + $"• {Kit.Command("gaps")}: where the map has holes\n"
            + "• or mention me: _@JourneyBot what next for CI managers at mql?_"));
        blocks.Add(Kit.Context(string.Create(CultureInfo.InvariantCulture, $"{catalog.Items.Count} collateral items · {catalog.UseCases.Count} use cases · updated {catalog.LoadedAt:yyyy-MM-dd HH:mm} UTC")));
        return new View { Type = ViewType.Home, Blocks = blocks };
    }

    /// <summary>The oldest stale items, each marked with its date, so owners see what to refresh; null when none is stale.</summary>
    private static SectionBlock? OldestStale(CatalogSnapshot catalog, Freshness freshness)
    {
        var stale = catalog.Items.Where(freshness.IsStale).OrderBy(i => i.UpdatedOn).ThenBy(i => i.Id).ToList();
        if (stale.Count == 0) return null;
        var lines = stale.Take(MaxStaleItems).Select(i => $"• {Mrkdwn.Link(i.Url, BlockKitLimits.Truncate(i.Title, 150))}{StaleMark.Suffix(i, freshness)}");
        return Kit.Section(string.Create(CultureInfo.InvariantCulture, $"*Oldest stale collateral* ({Math.Min(stale.Count, MaxStaleItems)} of {stale.Count})\n")
            + string.Join("\n", lines));
    }
}
