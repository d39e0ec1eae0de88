using JourneyBot.Core.Catalog;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Pictures;

/// <summary>
/// The map picture as a Slack image block: rendered (or taken from <see cref="MapPictures"/>' cache), uploaded
/// privately to the app (<c>files:write</c>), and shown by file id. A picture is an extra: when it cannot be made
/// or uploaded this says why in a warning and gives null, and the text answer goes out without it.
/// </summary>
public sealed partial class MapImages(MapPictures pictures, SlackApiClient slack, ILogger<MapImages> logger)
{
    public async Task<ImageBlock?> UploadAsync(CatalogSnapshot catalog, IReadOnlyList<string>? useCaseKeys, Freshness freshness, CancellationToken cancellationToken)
    {
        try
        {
            var picture = await pictures.GetAsync(catalog, useCaseKeys, freshness);
            var title = MapPictures.Title(catalog, useCaseKeys is { Count: > 0 } ? useCaseKeys : null, freshness.Today);
            var fileName = $"journey-map-{MapPictures.Week(freshness.Today)}.png";
            var fileId = await slack.UploadFile(picture.Png, fileName, title, channelId: null, cancellationToken);
            return new ImageBlock
            {
                AltText = BlockKitLimits.Truncate(picture.AltText, BlockKitLimits.ImageText),
                Title = new PlainText(BlockKitLimits.Truncate(title, BlockKitLimits.ImageText)),
                SlackFile = new SlackFileRef(fileId),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNoPicture(logger, e);
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "The journey map picture could not be made or uploaded; the text goes out without it")]
    private static partial void LogNoPicture(ILogger logger, Exception exception);
}
