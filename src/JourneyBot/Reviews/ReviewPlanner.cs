using JourneyBot.Core.Catalog;
using JourneyBot.Core.Reviews;
using JourneyBot.Owners;

namespace JourneyBot.Reviews;

/// <summary>One recipient's review: everything due across the owners and teams they stand for.</summary>
public sealed record ReviewBatch(OwnerRecipient Recipient, IReadOnlyList<CollateralItem> Items);

/// <summary>
/// Groups the items due by recipient. Each distinct owner text is resolved once per run; an owner that cannot be
/// resolved is skipped here (the digest lists those), and a person reached both directly and through a team gets
/// one batch with each item once.
/// </summary>
public sealed class ReviewPlanner(IOwnerDirectory owners)
{
    public async Task<IReadOnlyList<ReviewBatch>> PlanAsync(IReadOnlyList<CollateralItem> due, CancellationToken cancellationToken)
    {
        var byRecipient = new Dictionary<string, (OwnerRecipient Recipient, List<CollateralItem> Items, HashSet<int> Seen)>(StringComparer.Ordinal);
        foreach (var group in due.Where(i => !string.IsNullOrWhiteSpace(i.Owner)).GroupBy(i => i.Owner!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var recipients = await owners.RecipientsAsync(group.Key, cancellationToken);
            foreach (var recipient in recipients ?? [])
            {
                if (!byRecipient.TryGetValue(recipient.SlackId, out var batch))
                    byRecipient[recipient.SlackId] = batch = (recipient, [], []);
                foreach (var item in group)
                    if (batch.Seen.Add(item.Id)) batch.Items.Add(item);
            }
        }
        return [.. byRecipient.Values.OrderBy(b => b.Recipient.SlackId, StringComparer.Ordinal)
            .Select(b => new ReviewBatch(b.Recipient, [.. b.Items.OrderBy(i => i.ConfirmedOn).ThenBy(i => i.Id)]))];
    }
}
