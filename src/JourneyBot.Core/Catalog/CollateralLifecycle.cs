using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// An item's life after it is added: its owner confirms it is still current, retires it, or brings it back. Each change
/// is one audited write and refreshes the catalog copy. Who may do it (owner or editor) is the caller's check.
/// </summary>
public sealed class CollateralLifecycle(
    IDbContextFactory<CatalogDbContext> contexts, CatalogSnapshotProvider catalogs, TimeProvider clock, ILogger<CollateralLifecycle> logger)
{
    /// <summary>Sets <see cref="Collateral.ReviewedOn"/> to today; null when there is no such item.</summary>
    public Task<CollateralItem?> ConfirmCurrentAsync(int id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "review", (item, today) => item.ReviewedOn = today, cancellationToken);

    /// <summary>Sets <see cref="Collateral.RetiredOn"/> to today (kept when already retired); null when there is no such item.</summary>
    public Task<CollateralItem?> RetireAsync(int id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "retire", (item, today) => item.RetiredOn ??= today, cancellationToken);

    /// <summary>Clears <see cref="Collateral.RetiredOn"/>, so the item is offered again; null when there is no such item.</summary>
    public Task<CollateralItem?> RestoreAsync(int id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "restore", (item, _) => item.RetiredOn = null, cancellationToken);

    private async Task<CollateralItem?> ChangeAsync(
        int id, string actor, string action, Action<Collateral, DateOnly> change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath())
        {
            var item = await db.Collateral.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (item is null) return null;
            change(item, DateOnly.FromDateTime(now));
            db.AuditLog.Add(new AuditEntry { At = now, Actor = actor, Action = action, Detail = item.Url });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Collateral {Url}: {Action} by {Actor}", LogText.Safe(item.Url), action, LogText.Safe(actor));
        }
        var fresh = await catalogs.RefreshAsync(cancellationToken);
        return fresh.FindById(id) ?? fresh.Retired.FirstOrDefault(i => i.Id == id);
    }
}
