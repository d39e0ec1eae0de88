using JourneyBot.Core.Catalog;
using JourneyBot.Pictures;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Chat;

/// <summary>
/// The App Home's map picture: uploaded once per catalog revision and day, then shown by file id on every open,
/// so opening the tab neither draws nor uploads. A picture that could not be made stays absent until the catalog
/// or the day changes, rather than being tried again on each open.
/// </summary>
public sealed class HomeMapImage(MapImages images)
{
    private readonly Lock _lock = new();
    private (CatalogSnapshot Catalog, DateOnly Day, Task<ImageBlock?> Image)? _current;

    public Task<ImageBlock?> GetAsync(CatalogSnapshot catalog, Freshness freshness)
    {
        lock (_lock)
        {
            if (_current is { } current && ReferenceEquals(current.Catalog, catalog) && current.Day == freshness.Today)
                return current.Image;
            // Shared by every open until the catalog changes: no single opener's cancellation may cancel it.
            var image = images.UploadAsync(catalog, null, freshness, CancellationToken.None);
            _current = (catalog, freshness.Today, image);
            return image;
        }
    }
}
