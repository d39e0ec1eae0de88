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
}
