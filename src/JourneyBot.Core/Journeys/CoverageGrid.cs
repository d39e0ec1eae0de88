using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>How well one cell of the journey map is covered, as the picture and the web page colour it.</summary>
public enum CoverageLevel
{
    Empty,
    /// <summary>Items, but every one is older than the freshness window.</summary>
    OnlyStale,
    One,
    /// <summary>Two or three fresh items.</summary>
    Few,
    /// <summary>Four or more fresh items.</summary>
    Many,
}

/// <summary>One cell: a use case at a buyer stage for a persona, with its fresh and stale items counted as the gaps answer counts them.</summary>
public sealed record CoverageCell(string UseCase, string Stage, string Persona, int Fresh, int Stale)
{
    public int Items => Fresh + Stale;

    public CoverageLevel Level => Fresh switch
    {
        0 => Stale == 0 ? CoverageLevel.Empty : CoverageLevel.OnlyStale,
        1 => CoverageLevel.One,
        <= 3 => CoverageLevel.Few,
        _ => CoverageLevel.Many,
    };
}

/// <summary>
/// The journey map as a grid: use cases down, buyer stages x personas across (stage-major, catalog order). Retired
/// items are not in the catalog copy, so they cover nothing; items without personas fit every persona, as in the gaps.
/// </summary>
public sealed record CoverageGrid(
    IReadOnlyList<UseCaseInfo> UseCases, IReadOnlyList<StageInfo> Stages, IReadOnlyList<PersonaInfo> Personas,
    IReadOnlyList<CoverageCell> Cells, Freshness Freshness)
{
    /// <summary>The cell at row <paramref name="row"/> (use case) and column <paramref name="column"/> (stage-major).</summary>
    public CoverageCell At(int row, int column) => Cells[row * Stages.Count * Personas.Count + column];

    /// <summary>The grid for the given use cases (all when null), in catalog order.</summary>
    public static CoverageGrid Compute(CatalogSnapshot catalog, IReadOnlyList<string>? useCaseKeys, Freshness freshness)
    {
        var useCases = useCaseKeys is null ? catalog.UseCases : catalog.UseCases.Where(u => useCaseKeys.Contains(u.Key)).ToList();
        var cells = new List<CoverageCell>(useCases.Count * catalog.BuyerStages.Count * catalog.Personas.Count);
        foreach (var useCase in useCases)
        foreach (var stage in catalog.BuyerStages)
        {
            var items = catalog.ItemsFor(useCase.Key, stage.Key);
            foreach (var persona in catalog.Personas)
            {
                int fresh = 0, stale = 0;
                foreach (var item in items)
                {
                    if (!item.Fits(persona.Key)) continue;
                    if (freshness.IsStale(item)) stale++;
                    else fresh++;
                }
                cells.Add(new CoverageCell(useCase.Key, stage.Key, persona.Key, fresh, stale));
            }
        }
        return new CoverageGrid(useCases, catalog.BuyerStages, catalog.Personas, cells, freshness);
    }
}
