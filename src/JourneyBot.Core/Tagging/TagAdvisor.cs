using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Tagging;

namespace JourneyBot.Core.Tagging;

/// <summary><c>tag &lt;title or url&gt; [-- description]</c>: suggests tags from the catalog's own vocabulary.</summary>
public sealed class TagAdvisor(Taggers taggers) : IJourneyCommand<TagRequestText>
{
    public async Task<Answer> AnswerAsync(TagRequestText request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var item = new TagRequest(request.Title, request.Description, request.Url);
        if (context.Interactive && taggers.HasModel)
            return new TagAnswer(item, taggers.BuiltIn.Suggest(item, catalog.TagVocabulary()), ModelPending: true);
        return new TagAnswer(item, await taggers.Suggester.SuggestAsync(item, catalog.TagVocabulary(), cancellationToken));
    }
}
