using System.Collections;
using System.Collections.Concurrent;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// The items of one snapshot cell (a use case and a stage, or a stage), freshest first. Like the snapshot it is
/// immutable, so a ranking of it for a persona is computed once, kept here, and dropped with the snapshot.
/// </summary>
public sealed class CollateralBucket : IReadOnlyList<CollateralItem>
{
    private readonly CollateralItem[] _freshestFirst;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CollateralItem>> _rankedFor = new(StringComparer.Ordinal);

    internal CollateralBucket(IEnumerable<CollateralItem> items) => _freshestFirst = CatalogSnapshot.FreshestFirst(items);

    public int Count => _freshestFirst.Length;

    public CollateralItem this[int index] => _freshestFirst[index];

    /// <summary>
    /// <paramref name="rank"/> of this bucket for <paramref name="persona"/>, computed on the first call for that
    /// persona (persona keys are the catalog's, so there are few) and shared by every later one: read-only.
    /// </summary>
    public IReadOnlyList<CollateralItem> RankedFor(string persona, Func<IReadOnlyList<CollateralItem>, string, IReadOnlyList<CollateralItem>> rank) =>
        _rankedFor.GetOrAdd(persona, static (p, state) => state.rank(state.bucket, p), (bucket: this, rank));

    public IEnumerator<CollateralItem> GetEnumerator() => ((IEnumerable<CollateralItem>)_freshestFirst).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
