using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// The journey map's holes: use case x buyer stage x persona cells with no collateral at all (empty), and per cell
/// how many of its items are older than the freshness window (a cell whose every item is stale is a hole too).
/// Items without personas cover every persona. The App Home counts come from here as well.
/// </summary>
public sealed class GapMap(FreshnessClock freshness) : IJourneyCommand<GapsRequest>
{
    public Task<Answer> AnswerAsync(GapsRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? useCases = request.UseCase is null ? null : [request.UseCase];
        var gaps = Compute(catalog, useCases, freshness.Now());
        bool Keep(GapCell c) => (request.Stage is null || c.Stage == request.Stage) && (request.Persona is null || c.Persona == request.Persona);
        var cells = gaps.CellCount / (request.Stage is null ? 1 : catalog.BuyerStages.Count) / (request.Persona is null ? 1 : catalog.Personas.Count);
        return Task.FromResult<Answer>(gaps with
        {
            Empty = gaps.Empty.Where(Keep).ToList(),
            StaleCounts = gaps.StaleCounts.Where(s => Keep(s.Cell)).ToList(),
            Stages = gaps.Stages.Where(s => request.Stage is null || s.Stage == request.Stage).ToList(),
            CellCount = cells,
        });
    }

    /// <summary>The gap map for the given use cases (all when null), in catalog order: its cells are <see cref="CoverageGrid"/>'s.</summary>
    public static GapMapAnswer Compute(CatalogSnapshot catalog, IReadOnlyList<string>? useCaseKeys, Freshness freshness)
    {
        var grid = CoverageGrid.Compute(catalog, useCaseKeys, freshness);
        var empty = new List<GapCell>();
        var stale = new List<StaleCount>();
        foreach (var c in grid.Cells)
        {
            var cell = new GapCell(c.UseCase, c.Stage, c.Persona);
            if (c.Items == 0) empty.Add(cell);
            else if (c.Stale > 0) stale.Add(new StaleCount(cell, c.Stale, c.Items));
        }
        var stages = new List<StageCoverage>(grid.UseCases.Count * grid.Stages.Count);
        foreach (var useCase in grid.UseCases)
        foreach (var stage in grid.Stages)
        {
            var items = catalog.ItemsFor(useCase.Key, stage.Key);
            stages.Add(new StageCoverage(useCase.Key, stage.Key, items.Count, items.Count(freshness.IsStale)));
        }
        return new GapMapAnswer(grid.UseCases, empty, stale, stages, grid.Cells.Count, freshness);
    }

    /// <summary>
    /// The use cases that have holes or stale items, worst first: most empty cells, then cells with only stale items,
    /// then asked for, then cells with some stale items. The gap map and the weekly digest list them the same way.
    /// </summary>
    public static List<UseCaseGaps> ByUseCase(
        IEnumerable<UseCaseInfo> useCases, IReadOnlyList<GapCell> empty, IReadOnlyList<StaleCount> stale, Func<string, int>? asked = null) =>
        useCases
            .Select(u => new UseCaseGaps(u, empty.Where(c => c.UseCase == u.Key).ToList(), stale.Where(c => c.Cell.UseCase == u.Key).ToList(), asked?.Invoke(u.Key) ?? 0))
            .Where(x => x.Empty.Count + x.StaleCounts.Count + x.Asked > 0)
            .OrderByDescending(x => x.Empty.Count).ThenByDescending(x => x.StaleCells).ThenByDescending(x => x.Asked)
            .ThenByDescending(x => x.StaleCounts.Count)
            .ThenBy(x => x.UseCase.Key, StringComparer.Ordinal)
            .ToList();
}

/// <summary>One use case's holes and stale cells, with how often people asked about it (the digest's demand gaps).</summary>
public sealed record UseCaseGaps(UseCaseInfo UseCase, IReadOnlyList<GapCell> Empty, IReadOnlyList<StaleCount> StaleCounts, int Asked)
{
    /// <summary>Cells whose every item is stale.</summary>
    public int StaleCells => StaleCounts.Count(s => s.AllStale);
}
