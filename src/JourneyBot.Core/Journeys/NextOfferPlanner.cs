using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// The next offer: collateral for the stage after the prospect's current one, for their use case, fitted
/// to the persona. At the last stage it stays there and says so.
/// </summary>
public sealed class NextOfferPlanner(QueryLog queryLog, FreshnessClock freshness) : IJourneyCommand<NextOfferRequest>
{
    public async Task<Answer> AnswerAsync(NextOfferRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var stages = catalog.BuyerStages;
        var at = IndexOf(stages, request.Stage);
        var stayed = at == stages.Count - 1;
        var next = stages[stayed ? at : at + 1];
        var useCase = catalog.UseCase(request.UseCase)!;
        var persona = request.Persona is null ? null : catalog.Persona(request.Persona);

        var (ranked, typeNote) = CollateralRanking.OfType(CollateralRanking.Rank(catalog.ItemsFor(useCase.Key, next.Key), persona?.Key), catalog, request.Type);
        var page = CollateralRanking.Page(ranked, context.Offset);
        var from = request.FromUrl is { } url ? $"after {catalog.FindByUrl(url)?.Title ?? url}" : $"at {stages[at].Name}";
        var order = persona is null
            ? "Freshest first."
            : $"Fitted to {persona.Name}: {persona.Name}-specific items first, then items for every persona; freshest first.";
        var why = stayed
            ? $"{stages[at].Name} is the last stage of the buyer journey, so the next offer stays at {next.Name}: {next.Focus}. {order}"
            : $"A {useCase.Name} prospect {from} moves on to {next.Name}: {next.Focus}. {order}";
        why += typeNote;

        IReadOnlyList<CollateralItem> nearby = [];
        if (ranked.Count == 0)
        {
            nearby = CollateralRanking.Nearby(catalog, useCase.Key, next.Key, persona?.Key);
            queryLog.Record(new QueryLogEntry
            {
                Question = request.Text, Command = "next-offer", UseCaseKey = useCase.Key, StageKey = next.Key, PersonaKey = persona?.Key,
            }, context);
        }
        return new CollateralListAnswer(ListKind.NextOffer, request.Text, next, stages[at], useCase, persona, stayed, why, page, context.Offset, ranked.Count, nearby, freshness.Now());
    }

    private static int IndexOf(IReadOnlyList<StageInfo> stages, string key)
    {
        for (var i = 0; i < stages.Count; i++)
            if (stages[i].Key == key) return i;
        return -1;
    }
}
