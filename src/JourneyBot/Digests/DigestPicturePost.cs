using JourneyBot.Core.Catalog;
using JourneyBot.Pictures;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Digests;

/// <summary>
/// Posts a digest with the journey map picture under its header; the text stays (screen readers, notifications).
/// Without a picture (not made, not uploaded, or refused in the message) the text digest is posted alone.
/// </summary>
public sealed partial class DigestPicturePost(MapImages images, SlackApiClient slack, ILogger<DigestPicturePost> logger)
{
    /// <returns>The posted message's <c>ts</c>.</returns>
    public async Task<string> PostAsync(SlackMessage digest, CatalogSnapshot catalog, IReadOnlyList<string> useCases, Freshness freshness, CancellationToken cancellationToken)
    {
        var blocks = digest.Blocks ?? [];
        if (blocks.Count >= BlockKitLimits.MessageBlocks)
            return await slack.PostMessage(digest, cancellationToken);
        var image = await images.UploadAsync(catalog, useCases, freshness, cancellationToken);
        if (image is null)
            return await slack.PostMessage(digest, cancellationToken);

        var withPicture = blocks.Take(1).Append(image).Concat(blocks.Skip(1)).ToList();
        try
        {
            return await slack.PostMessage(digest with { Blocks = withPicture }, cancellationToken);
        }
        catch (SlackApiException e) when (e.Error is "invalid_blocks" or "invalid_blocks_format")
        {
            // Slack may not have processed the uploaded file yet: the words matter more than the picture.
            LogPictureRefused(logger, e.Error);
            return await slack.PostMessage(digest, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Slack refused the digest with its map picture ({Error}); posting the text digest alone")]
    private static partial void LogPictureRefused(ILogger logger, string error);
}
