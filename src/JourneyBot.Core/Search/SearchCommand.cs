using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Core.Search;

/// <summary>
/// <c>search &lt;words&gt;</c>: collateral found by the words of its title, type, description and owner, ordered by the
/// database's full-text engine, then narrowed to any use case, stage and persona also named ("case studies for cd
/// executives"), keeping the order (see <see cref="CatalogSearch"/>). Items with every word come first; when none has them all (after narrowing),
/// items with any of them. A search that finds nothing is recorded for the digest; one that finds something is not a gap.
/// </summary>
public sealed class SearchCommand(CatalogSearch search, QueryLog queryLog, FreshnessClock freshness) : IJourneyCommand<SearchRequest>
{
    public const int MaxWithoutNarrowing = 3;

    public async Task<Answer> AnswerAsync(SearchRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var words = SearchWords.Read(request.Query);
        if (words.Count == 0)
            return JourneyHelp.NeedMore("Give me a few words to search for: part of a title, a type (case study, webinar...) or an owner.", JourneyHelp.Search);

        var useCase = request.UseCase is null ? null : catalog.UseCase(request.UseCase);
        var stage = request.Stage is null ? null : catalog.BuyerStage(request.Stage);
        var persona = request.Persona is null ? null : catalog.Persona(request.Persona);
        bool Fits(CollateralItem item) =>
            (useCase is null || item.UseCases.Contains(useCase.Key)) && (stage is null || item.Stages.Contains(stage.Key)) && item.Fits(persona?.Key);

        var match = SearchMatch.AllWords;
        var hits = await FoundAsync(words, anyWord: false, catalog, cancellationToken);
        var found = hits.Where(Fits).ToList();
        if (found.Count == 0 && words.Count > 1)
        {
            var anyHits = await FoundAsync(words, anyWord: true, catalog, cancellationToken);
            var anyFound = anyHits.Where(Fits).ToList();
            if (anyFound.Count > 0 || hits.Count == 0) (match, hits, found) = (SearchMatch.AnyWord, anyHits, anyFound);
        }

        IReadOnlyList<CollateralItem> withoutNarrowing = [];
        if (found.Count == 0)
        {
            match = SearchMatch.Nothing;
            withoutNarrowing = hits.Take(MaxWithoutNarrowing).ToList();
            queryLog.Record(new QueryLogEntry
            {
                Question = request.Text, Command = QueryLog.Search, UseCaseKey = useCase?.Key, StageKey = stage?.Key, PersonaKey = persona?.Key,
            }, context);
        }
        return new SearchAnswer(request.Text, words.Words, useCase, stage, persona, match,
            CollateralRanking.Page(found, context.Offset), context.Offset, found.Count, hits.Count >= SearchAnswer.SearchLimit, withoutNarrowing, freshness.Now());
    }

    /// <summary>The catalog copy's items for the ids found, best first; ids this copy does not have yet are skipped.</summary>
    private async Task<List<CollateralItem>> FoundAsync(SearchWords words, bool anyWord, CatalogSnapshot catalog, CancellationToken cancellationToken)
    {
        var ids = await search.FindAsync(words, anyWord, SearchAnswer.SearchLimit, cancellationToken);
        var items = new List<CollateralItem>(ids.Count);
        foreach (var id in ids)
            if (catalog.FindById(id) is { } item) items.Add(item);
        return items;
    }
}
