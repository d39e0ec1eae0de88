using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

public static class CollateralRanking
{
    public const int PageSize = 5;
    public const int MaxNearby = 3;

    /// <summary>
    /// Items that fit the persona, persona-specific before generic, each group freshest first
    /// (the input is already freshest first). Without a persona every item fits, freshest first.
    /// The result is read-only: for a snapshot bucket it is computed once and shared between requests.
    /// </summary>
    public static IReadOnlyList<CollateralItem> Rank(IReadOnlyList<CollateralItem> freshestFirst, string? persona)
    {
        if (persona is null)
            return freshestFirst is CollateralBucket ? freshestFirst : [.. freshestFirst];
        return freshestFirst is CollateralBucket bucket ? bucket.RankedFor(persona, Compute) : Compute(freshestFirst, persona);
    }

    private static CollateralItem[] Compute(IReadOnlyList<CollateralItem> freshestFirst, string persona)
    {
        var specific = new List<CollateralItem>();
        var generic = new List<CollateralItem>();
        foreach (var item in freshestFirst)
        {
            if (item.Personas.Count == 0) generic.Add(item);
            else if (item.Personas.Contains(persona)) specific.Add(item);
        }
        specific.AddRange(generic);
        return [.. specific];
    }

    /// <summary>
    /// The ranking narrowed to one collateral type, and a sentence that says so. When no item has that type the whole
    /// ranking stays (an empty answer helps less than the other types) and the sentence says that instead.
    /// </summary>
    public static (IReadOnlyList<CollateralItem> Ranked, string Note) OfType(IReadOnlyList<CollateralItem> ranked, CatalogSnapshot catalog, string? type)
    {
        if (type is null) return (ranked, "");
        var name = catalog.Type(type)?.Name ?? type;
        var ofType = ranked.Where(i => string.Equals(i.Type, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return ofType.Count > 0
            ? (ofType, $" Only the {name} type.")
            : (ranked, $" Nothing of the {name} type here, so every type is shown.");
    }

    /// <summary>One page of a ranking, copied (the ranking itself may be shared).</summary>
    public static List<CollateralItem> Page(IReadOnlyList<CollateralItem> ranked, int offset)
    {
        var page = new List<CollateralItem>(PageSize);
        for (var i = Math.Max(offset, 0); i < ranked.Count && page.Count < PageSize; i++)
            page.Add(ranked[i]);
        return page;
    }

    /// <summary>When a cell is empty: up to three items of the same use case for another persona, then a neighbouring stage.</summary>
    public static IReadOnlyList<CollateralItem> Nearby(CatalogSnapshot catalog, string? useCase, string stage, string? persona)
    {
        var stages = catalog.BuyerStages.Select(s => s.Key).ToList();
        var at = stages.IndexOf(stage);
        var neighbours = new[] { at + 1, at - 1 }.Where(i => i >= 0 && i < stages.Count).Select(i => stages[i]);
        IReadOnlyList<CollateralItem> ItemsAt(string s) => useCase is null ? catalog.ItemsAt(s) : catalog.ItemsFor(useCase, s);
        return ItemsAt(stage).Where(i => !i.Fits(persona))
            .Concat(neighbours.SelectMany(s => Rank(ItemsAt(s), persona)))
            .DistinctBy(i => i.Id)
            .Take(MaxNearby)
            .ToList();
    }
}
