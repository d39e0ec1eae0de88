using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Pictures;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Chat;

/// <summary>
/// <c>/journey gaps</c> answers in text at once; the map picture follows through the command's response_url once
/// it is drawn (or taken from the cache) and uploaded, off Slack's 3-second path.
/// </summary>
public sealed class MapFollowUp(CatalogSnapshotProvider catalogs, MapImages images, SlackApiClient slack, SlackBackgroundQueue queue, ILogger<MapFollowUp> logger)
{
    public void PostPicture(GapMapAnswer gaps, string responseUrl, ResponseType? responseType)
    {
        var queued = queue.TryEnqueue("gap map picture", async ct =>
        {
            var catalog = await catalogs.GetAsync(ct);
            // The whole catalog shares one cached picture, however the gaps answer listed its use cases.
            IReadOnlyList<string>? useCases = gaps.UseCases.Count == catalog.UseCases.Count ? null : gaps.UseCases.Select(u => u.Key).ToList();
            var image = await images.UploadAsync(catalog, useCases, gaps.Freshness, ct);
            if (image is null) return; // MapImages logged why; the text answer stands
            try
            {
                var message = new SlackMessage { ResponseType = responseType, Text = image.Title?.Text ?? "Journey map", Blocks = [image], ReplaceOriginal = false };
                await slack.PostToResponseUrl(responseUrl, message, ct);
            }
            catch (SlackApiException e)
            {
                logger.LogWarning("Could not post the gap map picture: {Reason}", e.Error);
            }
        });
        if (!queued)
            logger.LogWarning("Slack work queue is full; the gap map picture is not followed up (the text answer stands)");
    }
}
