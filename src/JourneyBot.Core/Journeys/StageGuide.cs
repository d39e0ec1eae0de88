using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>What a stage is: definition, focus, typical collateral, owner and measure.</summary>
public sealed class StageGuide : IJourneyCommand<StageRequest>
{
    public Task<Answer> AnswerAsync(StageRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var journey = catalog.AllStages.Where(s => s.JourneyKey == request.JourneyKey).OrderBy(s => s.Position).ToList();
        var at = journey.FindIndex(s => s.Key == request.Stage);
        var next = at + 1 < journey.Count ? journey[at + 1] : null;
        var isBuyer = catalog.BuyerStages.Count > 0 && catalog.BuyerStages[0].JourneyKey == request.JourneyKey;
        return Task.FromResult<Answer>(new StageAnswer(journey[at], next, isBuyer, request.OwnerAsked));
    }
}
