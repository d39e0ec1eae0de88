using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// Holds the current <see cref="CatalogSnapshot"/>. Our own writes refresh it at once (read-your-writes);
/// changes by other instances are picked up after <see cref="CatalogOptions.RefreshSeconds"/>, in the
/// background, so no request ever waits for a reload once the first snapshot exists.
/// </summary>
public sealed class CatalogSnapshotProvider(
    IDbContextFactory<CatalogDbContext> contexts,
    TimeProvider clock,
    IOptions<CatalogOptions> options,
    ILogger<CatalogSnapshotProvider> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CatalogSnapshot? _current;
    private int _refreshing;

    public async ValueTask<CatalogSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is null) return await RefreshAsync(cancellationToken);
        if (clock.GetUtcNow().UtcDateTime - current.LoadedAt > TimeSpan.FromSeconds(options.Value.RefreshSeconds)
            && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await RefreshAsync(CancellationToken.None); }
                catch (Exception e) { logger.LogWarning(e, "Background catalog refresh failed; serving the previous copy"); }
                finally { Volatile.Write(ref _refreshing, 0); }
            }, CancellationToken.None);
        }
        return current;
    }

    /// <summary>Reloads from the database now; call after writing to the catalog.</summary>
    public async Task<CatalogSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var started = clock.GetTimestamp();
            var snapshot = await CatalogSnapshot.LoadAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            _current = snapshot;
            logger.LogDebug("Catalog loaded: {Items} items in {Elapsed} ms", snapshot.Items.Count, (int)clock.GetElapsedTime(started).TotalMilliseconds);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }
}
