using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Digests;

/// <summary>An owner, as written on items, with how many of a digest's items they own.</summary>
public sealed record OwnerItems(string Owner, int Items);

/// <summary>
/// Which owners of a digest's items cannot be reached in Slack. The host answers it over Slack; the digest lists the
/// owners once, with their item counts, and is never failed by them.
/// </summary>
public interface IOwnerReachability
{
    /// <param name="owners">Each distinct owner text (trimmed) with its item count.</param>
    Task<IReadOnlyList<OwnerItems>> UnreachableAsync(IReadOnlyList<OwnerItems> owners, CancellationToken cancellationToken);
}

public static class DigestOwners
{
    /// <summary>
    /// The owners of the digest's items (its use cases; every item for all), or of those of them <paramref name="which"/>
    /// keeps, each once with its count, most items first.
    /// </summary>
    public static IReadOnlyList<OwnerItems> Of(CatalogSnapshot catalog, Digest digest, Func<CollateralItem, bool>? which = null)
    {
        var scope = digest.UseCases.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        return catalog.Items
            .Where(i => !string.IsNullOrWhiteSpace(i.Owner) && (digest.AllUseCases || i.UseCases.Any(scope.Contains)) && (which is null || which(i)))
            .GroupBy(i => i.Owner!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new OwnerItems(g.Key, g.Count()))
            .OrderByDescending(o => o.Items).ThenBy(o => o.Owner, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
