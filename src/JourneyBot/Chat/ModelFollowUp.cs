using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Tagging;
using JourneyBot.Messages;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.WebApi;
using JourneyBot.Tagging;

namespace JourneyBot.Chat;

/// <summary>
/// A model call takes longer than Slack's 3 seconds: the user gets built-in tags at once, and this delivers
/// the model's when it has answered: a tag answer replaced through response_url, or the add form updated.
/// </summary>
public sealed class ModelFollowUp(Taggers taggers, CatalogSnapshotProvider catalogs, SlackApiClient slack, SlackBackgroundQueue queue, ILogger<ModelFollowUp> logger)
{
    /// <summary>Replaces a <c>/journey tag</c> answer with the model's tags (or the fallback's, saying why).</summary>
    public void ReplaceTagAnswer(TagRequest item, string responseUrl) => Run(item, (tags, _, ct) =>
        slack.PostToResponseUrl(responseUrl, AnswerMessages.Build(new TagAnswer(item, tags)) with { ReplaceOriginal = true }, ct));

    /// <summary>Updates an open add form with the model's tags; when the model gave none, the form stays as it is.</summary>
    public void UpdateAddForm(string viewId, CollateralInput draft, string? channel) =>
        Run(new TagRequest(draft.Title ?? "", draft.Description, draft.Url), async (tags, catalog, ct) =>
        {
            if (tags.Source != TagSource.Ai) return;
            var refined = CatalogEditor.ToInput(draft.Url ?? "", draft.Title ?? "", draft.Description, tags);
            await slack.UpdateView(viewId, AddCollateralForm.Build(refined, tags, catalog, channel), cancellationToken: ct);
        });

    // Through the Slack work queue: bounded, drained at shutdown (its token is cancelled when time runs out), logged.
    private void Run(TagRequest item, Func<TagSuggestions, CatalogSnapshot, CancellationToken, Task> deliver)
    {
        var queued = queue.TryEnqueue("model tags follow-up", async ct =>
        {
            try
            {
                var catalog = await catalogs.GetAsync(ct);
                var tags = await taggers.Suggester.SuggestAsync(item, catalog.TagVocabulary(), ct);
                await deliver(tags, catalog, ct);
            }
            catch (SlackApiException e)
            {
                logger.LogWarning("Could not deliver the model's tags: {Reason}", e.Error);
            }
        });
        if (!queued)
            logger.LogWarning("Slack work queue is full; the model's tags are not followed up (the built-in ones stand)");
    }
}
