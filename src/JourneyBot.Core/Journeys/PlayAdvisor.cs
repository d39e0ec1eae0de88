using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>The value play of a GTM motion, with its top collateral per buyer stage.</summary>
public sealed class PlayAdvisor(FreshnessClock freshness) : IJourneyCommand<PlayRequest>
{
    public const int TopPerStage = 2;

    public Task<Answer> AnswerAsync(PlayRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var motion = catalog.Motion(request.Motion)!;
        var useCases = (request.UseCase is { } u ? [u] : motion.UseCaseKeys).Select(k => catalog.UseCase(k)!).ToList();
        var persona = request.Persona is null ? null : catalog.Persona(request.Persona);
        var stages = catalog.BuyerStages.Select(stage =>
        {
            var pool = CatalogSnapshot.FreshestFirst(useCases.SelectMany(uc => catalog.ItemsFor(uc.Key, stage.Key)).DistinctBy(i => i.Id));
            return new PlayStage(stage, CollateralRanking.Rank(pool, persona?.Key).Take(TopPerStage).ToList());
        }).ToList();
        return Task.FromResult<Answer>(new PlayAnswer(motion, useCases, persona, stages, freshness.Now()));
    }
}
