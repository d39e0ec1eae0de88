using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Digests;

/// <summary>The digest says whose collateral is due for review, and drops what its owner has confirmed.</summary>
public sealed class DigestReviewTests
{
    private static async Task<Digest> BuildAsync(TestCatalog catalog) =>
        await catalog.Services.GetRequiredService<DigestBuilder>().BuildAsync(await catalog.SnapshotAsync(), [], null, null, CancellationToken.None);

    [Fact]
    public async Task Items_past_the_review_window_are_counted_per_owner_and_a_confirmed_item_leaves_the_count()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var snapshot = await catalog.SnapshotAsync();
        catalog.Clock.Advance(TimeSpan.FromDays(400)); // everything is now older than Catalog:ReviewDays (180)
        var due = (await BuildAsync(catalog)).DueForReview;
        var owner = due[0];
        Assert.Equal(snapshot.Items.Count(i => string.Equals(i.Owner?.Trim(), owner.Owner, StringComparison.OrdinalIgnoreCase)), owner.Items);
        Assert.Equal(snapshot.Items.Count(i => !string.IsNullOrWhiteSpace(i.Owner)), due.Sum(o => o.Items));

        using (var scope = catalog.Services.CreateScope())
        {
            var lifecycle = scope.ServiceProvider.GetRequiredService<CollateralLifecycle>();
            foreach (var item in snapshot.Items.Where(i => string.Equals(i.Owner?.Trim(), owner.Owner, StringComparison.OrdinalIgnoreCase)))
                await lifecycle.ConfirmCurrentAsync(item.Id, "U1", CancellationToken.None);
        }

        var after = await BuildAsync(catalog);
        Assert.DoesNotContain(after.DueForReview, o => o.Owner == owner.Owner);
        var text = string.Join("\n", DigestMessages.Digest(new DigestAnswer(after, IsPreview: true)).Blocks!.OfType<JourneyBot.Slack.BlockKit.SectionBlock>().Select(b => b.Text?.Text));
        Assert.Contains("Due for review:", text);
        Assert.DoesNotContain(owner.Owner + " (", text.Split("Due for review:")[1].Split('\n')[0]);
    }
}
