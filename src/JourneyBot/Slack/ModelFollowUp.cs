using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Tagging;
using JourneyBot.Messages;
using JourneyBot.Slack.WebApi;
using JourneyBot.Tagging;

namespace JourneyBot.Slack;

/// <summary>
/// A model call takes longer than Slack's 3 seconds: the command answers with built-in tags at once, and
/// this replaces that answer through response_url when the model has answered (or has fallen back).
/// </summary>
public sealed class ModelFollowUp(Taggers taggers, CatalogSnapshotProvider catalogs, SlackApiClient slack, IHostApplicationLifetime lifetime, ILogger<ModelFollowUp> logger)
{
    public void Start(TagRequest item, string responseUrl) => _ = Task.Run(async () =>
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var catalog = await catalogs.GetAsync(stopping);
            var tags = await taggers.Suggester.SuggestAsync(item, catalog.TagVocabulary(), stopping);
            await slack.PostToResponseUrl(responseUrl, AnswerMessages.Build(new TagAnswer(item, tags)) with { ReplaceOriginal = true }, stopping);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not follow up with the model's tags: {Reason}", e.Message);
        }
    }, CancellationToken.None);
}
