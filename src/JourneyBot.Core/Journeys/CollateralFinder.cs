using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>Which collateral fits a stage, optionally narrowed to a use case and fitted to a persona.</summary>
public sealed class CollateralFinder(QueryLog queryLog, FreshnessClock freshness) : IJourneyCommand<CollateralRequest>
{
    public async Task<Answer> AnswerAsync(CollateralRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var stage = catalog.BuyerStage(request.Stage)!;
        var useCase = request.UseCase is null ? null : catalog.UseCase(request.UseCase);
        var persona = request.Persona is null ? null : catalog.Persona(request.Persona);
        var pool = useCase is null ? catalog.ItemsAt(stage.Key) : catalog.ItemsFor(useCase.Key, stage.Key);
        var (ranked, typeNote) = CollateralRanking.OfType(CollateralRanking.Rank(pool, persona?.Key), catalog, request.Type);
        var page = CollateralRanking.Page(ranked, context.Offset);

        var why = $"{stage.Name} collateral should {stage.Focus}";
        if (useCase is not null) why += $"; use case {useCase.Name}";
        why += persona is not null ? $"; fitted to {persona.Name} ({persona.Name}-specific first, then items for every persona), freshest first." : "; freshest first.";
        why += typeNote;

        IReadOnlyList<CollateralItem> nearby = [];
        if (ranked.Count == 0)
        {
            nearby = CollateralRanking.Nearby(catalog, useCase?.Key, stage.Key, persona?.Key);
            queryLog.Record(new QueryLogEntry
            {
                Question = request.Text, Command = "collateral", UseCaseKey = useCase?.Key, StageKey = stage.Key, PersonaKey = persona?.Key,
            }, context);
        }
        return new CollateralListAnswer(ListKind.Collateral, request.Text, stage, null, useCase, persona, false, why, page, context.Offset, ranked.Count, nearby, freshness.Now());
    }
}
