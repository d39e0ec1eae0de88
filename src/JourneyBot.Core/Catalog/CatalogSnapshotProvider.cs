using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// Holds the current <see cref="CatalogSnapshot"/>. Our own writes refresh it at once (read-your-writes);
/// changes by other instances are noticed within <see cref="CatalogOptions.RefreshSeconds"/>, in the
/// background, so no request ever waits for a reload once the first snapshot exists.
/// </summary>
/// <remarks>
/// Every catalog write adds an audit entry, so the newest audit id is the catalog's revision: checking it is
/// one indexed query, and the full reload (20,000 items) happens only when it moved.
/// </remarks>
public sealed class CatalogSnapshotProvider(
    IDbContextFactory<CatalogDbContext> contexts,
    TimeProvider clock,
    IOptions<CatalogOptions> options,
    ILogger<CatalogSnapshotProvider> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CatalogSnapshot? _current;
    private long _revision;
    private long _checkedAtTicks;
    private int _checking;

    public async ValueTask<CatalogSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is null) return await RefreshAsync(cancellationToken);
        var due = clock.GetUtcNow().UtcTicks - Volatile.Read(ref _checkedAtTicks) > TimeSpan.FromSeconds(options.Value.RefreshSeconds).Ticks;
        if (due && Interlocked.CompareExchange(ref _checking, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await RefreshIfChangedAsync(CancellationToken.None); }
                catch (Exception e) { logger.LogWarning(e, "Background catalog check failed; serving the previous copy"); }
                finally { Volatile.Write(ref _checking, 0); }
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
            // Read the revision first: a write landing during the load makes the next check reload again.
            var revision = await RevisionAsync(db, cancellationToken);
            var snapshot = await CatalogSnapshot.LoadAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            (_current, _revision) = (snapshot, revision);
            Volatile.Write(ref _checkedAtTicks, clock.GetUtcNow().UtcTicks);
            logger.LogDebug("Catalog loaded: {Items} items in {Elapsed} ms", snapshot.Items.Count, (int)clock.GetElapsedTime(started).TotalMilliseconds);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await RevisionAsync(db, cancellationToken) == Volatile.Read(ref _revision))
            {
                Volatile.Write(ref _checkedAtTicks, clock.GetUtcNow().UtcTicks);
                return;
            }
        }
        await RefreshAsync(cancellationToken);
    }

    private static async Task<long> RevisionAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        await db.AuditLog.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
}
