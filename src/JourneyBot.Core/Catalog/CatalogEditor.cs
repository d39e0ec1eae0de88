using JourneyBot.Core.Journeys;
using JourneyBot.Core.Tagging;
using JourneyBot.Tagging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// <c>add &lt;url&gt; &lt;title&gt;</c>: in chat it only asks for the add form, pre-filled with the tags given
/// (<c>stage:x persona:y use-case:z</c>) over suggested ones, and the submitted form stores the item; at the terminal
/// (<see cref="AskContext.Terminal"/>) it adds at once with the tags given or, failing those, the suggested ones.
/// A persona is a choice, as in the form: when none is given (<c>persona:x</c>, or <c>persona:every-persona</c>) nor
/// suggested, nothing is stored and the answer says how to choose, because an item without a persona counts for
/// every persona and would silently close gap cells.
/// Only editors may add when <see cref="CatalogOptions.Editors"/> is set; every change is audited.
/// </summary>
public sealed class CatalogEditor(
    IDbContextFactory<CatalogDbContext> contexts,
    CatalogSnapshotProvider catalogs,
    Taggers taggers,
    IOptions<CatalogOptions> options,
    TimeProvider clock,
    ILogger<CatalogEditor> logger) : IJourneyCommand<AddRequest>
{
    public async Task<Answer> AnswerAsync(AddRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.MayEdit(context.UserId)) return NotAnEditor();

        // A chat message is not a confirmation (anyone can be quoted, a link can be dressed up): a person submits the form.
        if (!context.Terminal) return FormFor(request.Url, request.Title, request.Tags, catalog);

        var item = new TagRequest(request.Title, null, request.Url);
        CollateralInput input;
        TagSource? source = null;
        if (request.Tags is { } given && given.Stages.Count > 0 && given.UseCases.Count > 0)
            input = new CollateralInput(request.Title, request.Url, null, given.Stages, given.Personas, given.UseCases, null, null, null);
        else
        {
            var suggested = await taggers.Suggester.SuggestAsync(item, catalog.TagVocabulary(), cancellationToken);
            source = suggested.Source;
            input = WithGiven(ToInput(request.Url, request.Title, null, suggested), request.Tags);
        }
        if (input.Personas.Count == 0 && source is null)
        {
            // Tags given without a persona: the tagger may still know who it is for.
            var suggested = await taggers.Suggester.SuggestAsync(item, catalog.TagVocabulary(), cancellationToken);
            input = input with { Personas = suggested.Personas.Take(1).Select(p => p.Key).ToList() };
        }
        if (input.Personas.Count == 0)
            return new NoticeAnswer("Not added: who is it for?",
                $"No persona was given or suggested. Add persona:<{string.Join("|", catalog.Personas.Select(p => p.Key))}>, "
                + $"or persona:{CollateralRules.EveryPersona} if it suits every audience (it then counts for every persona in the gaps).",
                IsError: true);
        var (result, problems) = await AddAsync(input, context.UserId ?? "unknown", cancellationToken);
        if (result is null)
            return new NoticeAnswer("Not added", string.Join("; ", problems.Select(p => p.Problem)) + ". Give tags as stage:x persona:y use-case:z.", IsError: true);
        return Added(result.Value.Item, result.Value.Created, source, result.Value.Restored);
    }

    /// <summary>The confirmation of an add, with today's freshness so an item dated long ago shows as stale.</summary>
    public AddedAnswer Added(CollateralItem item, bool created, TagSource? suggestedBy, bool restored = false) =>
        new(item, created, suggestedBy, Freshness.At(clock.GetUtcNow(), options.Value.FreshnessDays), restored);

    /// <summary>
    /// The add form's contents: built-in tags at once (Slack's trigger_id expires in 3 s; a configured model refines them
    /// afterwards), the given ones in their place. The slash command and the chat button both open this.
    /// </summary>
    public AddFormAnswer FormFor(string url, string title, GivenTags? given, CatalogSnapshot catalog)
    {
        var quick = taggers.BuiltIn.Suggest(new TagRequest(title, null, url), catalog.TagVocabulary());
        return new AddFormAnswer(WithGiven(ToInput(url, title, null, quick), given), quick, catalog);
    }

    private static CollateralInput WithGiven(CollateralInput input, GivenTags? given) => given is null ? input : input with
    {
        Stages = given.Stages.Count > 0 ? given.Stages : input.Stages,
        Personas = given.Personas.Count > 0 ? given.Personas : input.Personas,
        UseCases = given.UseCases.Count > 0 ? given.UseCases : input.UseCases,
    };

    public static NoticeAnswer NotAnEditor() =>
        new("Only collateral editors may add", "Ask an editor (Catalog:Editors) to add it, or to add you as an editor.", IsError: true);

    /// <summary>What is wrong with <paramref name="input"/>, by field, without storing anything.</summary>
    public async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(CollateralInput input, CancellationToken cancellationToken) =>
        CollateralRules.Check(input, await catalogs.GetAsync(cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), createUseCases: false).Problems;

    /// <summary>
    /// Checks and stores one item (the add command and the add form both end here). Adding a retired item's URL brings it
    /// back (<c>Restored</c>); its review date stays as it was.
    /// </summary>
    public async Task<((CollateralItem Item, bool Created, bool Restored)? Result, IReadOnlyList<(string Field, string Problem)> Problems)> AddAsync(
        CollateralInput input, string actor, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (draft, problems) = CollateralRules.Check(input, catalog, DateOnly.FromDateTime(now), createUseCases: false);
        if (draft is null) return (null, problems);

        await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
        var written = await CatalogWriter.SaveAsync(db, [draft], replaceAll: false, actor, "add", now, cancellationToken);
        var fresh = await catalogs.RefreshAsync(cancellationToken);
        logger.LogInformation("Collateral {Url} {Change} by {Actor}", LogText.Safe(draft.Url), written.Added == 1 ? "added" : "updated", LogText.Safe(actor));
        return ((fresh.FindByUrl(draft.Url)!, written.Added == 1, written.Restored == 1), []);
    }

    public static CollateralInput ToInput(string url, string title, string? description, TagSuggestions tags) => new(
        title, url, null,
        tags.Stages.Take(1).Select(s => s.Key).ToList(),
        tags.Personas.Take(1).Select(p => p.Key).ToList(),
        tags.UseCases.Take(2).Select(u => u.Key).ToList(),
        null, null, description);
}
