using JourneyBot.Core.Catalog;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// The journey map's holes: use case x buyer stage x persona cells with no collateral at all (empty) or only
/// collateral older than the freshness window (stale). Items without personas cover every persona.
/// </summary>
public sealed class GapMap(IOptions<CatalogOptions> options, TimeProvider clock) : IJourneyCommand<GapsRequest>
{
    public Task<Answer> AnswerAsync(GapsRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? useCases = request.UseCase is null ? null : [request.UseCase];
        var gaps = Compute(catalog, useCases, Today, options.Value.FreshnessDays);
        bool Keep(GapCell c) => (request.Stage is null || c.Stage == request.Stage) && (request.Persona is null || c.Persona == request.Persona);
        var cells = gaps.CellCount / (request.Stage is null ? 1 : catalog.BuyerStages.Count) / (request.Persona is null ? 1 : catalog.Personas.Count);
        return Task.FromResult<Answer>(gaps with { Empty = gaps.Empty.Where(Keep).ToList(), Stale = gaps.Stale.Where(Keep).ToList(), CellCount = cells });
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The gap map for the given use cases (all when null), in catalog order.</summary>
    public static GapMapAnswer Compute(CatalogSnapshot catalog, IReadOnlyList<string>? useCaseKeys, DateOnly today, int freshnessDays)
    {
        var useCases = useCaseKeys is null ? catalog.UseCases : catalog.UseCases.Where(u => useCaseKeys.Contains(u.Key)).ToList();
        var staleBefore = today.AddDays(-freshnessDays);
        var empty = new List<GapCell>();
        var stale = new List<GapCell>();
        foreach (var useCase in useCases)
        foreach (var stage in catalog.BuyerStages)
        {
            var items = catalog.ItemsFor(useCase.Key, stage.Key);
            foreach (var persona in catalog.Personas)
            {
                var fitting = items.Where(i => i.Fits(persona.Key)).ToList();
                if (fitting.Count == 0) empty.Add(new GapCell(useCase.Key, stage.Key, persona.Key));
                else if (fitting.All(i => i.UpdatedOn < staleBefore)) stale.Add(new GapCell(useCase.Key, stage.Key, persona.Key));
            }
        }
        return new GapMapAnswer(useCases, empty, stale, useCases.Count * catalog.BuyerStages.Count * catalog.Personas.Count, freshnessDays);
    }

    /// <summary>The empty cells of every use case: those do not depend on the date (only stale ones do).</summary>
    public static IReadOnlyList<GapCell> EmptyCells(CatalogSnapshot catalog) => Compute(catalog, null, DateOnly.MinValue, 0).Empty;

    /// <summary>
    /// The use cases that have holes, worst first: most empty cells, then stale, then asked for. The gap map and
    /// the weekly digest list them the same way.
    /// </summary>
    public static List<UseCaseGaps> ByUseCase(
        IEnumerable<UseCaseInfo> useCases, IReadOnlyList<GapCell> empty, IReadOnlyList<GapCell> stale, Func<string, int>? asked = null) =>
        useCases
            .Select(u => new UseCaseGaps(u, empty.Where(c => c.UseCase == u.Key).ToList(), stale.Where(c => c.UseCase == u.Key).ToList(), asked?.Invoke(u.Key) ?? 0))
            .Where(x => x.Empty.Count + x.Stale.Count + x.Asked > 0)
            .OrderByDescending(x => x.Empty.Count).ThenByDescending(x => x.Stale.Count).ThenByDescending(x => x.Asked)
            .ThenBy(x => x.UseCase.Key, StringComparer.Ordinal)
            .ToList();
}

/// <summary>One use case's holes, with how often people asked about it (the digest's demand gaps).</summary>
public sealed record UseCaseGaps(UseCaseInfo UseCase, IReadOnlyList<GapCell> Empty, IReadOnlyList<GapCell> Stale, int Asked);
