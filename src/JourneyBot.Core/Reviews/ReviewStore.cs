using System.Globalization;
using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Reviews;

/// <summary>
/// Owner review state in the catalog database: the once-a-week claim per recipient (same pattern as
/// <c>DigestSubscriptions.TryClaimAsync</c>) and who paused their review DMs.
/// </summary>
public sealed class ReviewStore(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock)
{
    /// <summary>A claim not turned into a DM after this long belongs to a process that died; another may take it over.</summary>
    public static readonly TimeSpan AbandonedClaimAfter = TimeSpan.FromMinutes(15);

    /// <summary>Claims the week for the recipient; null when another run has it (the unique index refuses the insert).</summary>
    public async Task<ReviewDelivery?> TryClaimAsync(string recipientId, string week, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claim = new ReviewDelivery { RecipientId = recipientId, Week = week, ClaimedAt = now, Status = ReviewDeliveryStatus.Claimed };
        db.ReviewDeliveries.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return claim;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
        }

        // Taking over is a conditional update, so of several takers exactly one succeeds.
        var abandonedBefore = now - AbandonedClaimAfter;
        var taken = await db.ReviewDeliveries
            .Where(d => d.RecipientId == recipientId && d.Week == week && d.Status == ReviewDeliveryStatus.Claimed && d.ClaimedAt < abandonedBefore)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimedAt, now), cancellationToken);
        return taken == 1
            ? await db.ReviewDeliveries.AsNoTracking().SingleAsync(d => d.RecipientId == recipientId && d.Week == week, cancellationToken)
            : null;
    }

    /// <summary>The (recipient, week) pairs in <paramref name="weeks"/> already sent or claimed by a live run (an abandoned claim is left for takeover).</summary>
    public async Task<IReadOnlySet<(string RecipientId, string Week)>> ClaimedAsync(IReadOnlyCollection<string> weeks, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var abandonedBefore = clock.GetUtcNow().UtcDateTime - AbandonedClaimAfter;
        var rows = await db.ReviewDeliveries.AsNoTracking()
            .Where(d => weeks.Contains(d.Week) && (d.Status == ReviewDeliveryStatus.Sent || d.ClaimedAt >= abandonedBefore))
            .Select(d => new { d.RecipientId, d.Week }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.RecipientId, r.Week)).ToHashSet();
    }

    /// <summary>Gives the week back after a failed DM, so the next hourly run can send it.</summary>
    public async Task ReleaseAsync(ReviewDelivery claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ReviewDeliveries.Where(d => d.Id == claim.Id && d.Status == ReviewDeliveryStatus.Claimed).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task MarkSentAsync(ReviewDelivery claim, string messageTs, IReadOnlyList<int> itemIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = string.Join(',', itemIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ReviewDeliveries.Where(d => d.Id == claim.Id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, ReviewDeliveryStatus.Sent)
            .SetProperty(d => d.SentAt, now)
            .SetProperty(d => d.MessageTs, messageTs)
            .SetProperty(d => d.ItemIds, ids), cancellationToken);
    }

    /// <summary>The items a sent review DM listed, found by its ts; null for a message that is not one.</summary>
    public async Task<IReadOnlyList<int>?> ItemsOfMessageAsync(string messageTs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ReviewDeliveries.AsNoTracking().Where(d => d.MessageTs == messageTs)
            .OrderByDescending(d => d.Id).Select(d => d.ItemIds).FirstOrDefaultAsync(cancellationToken);
        return ids is null ? null : ParseIds(ids);
    }

    public async Task<IReadOnlyList<ReviewDelivery>> DeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> IsPausedAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewPauses.AnyAsync(p => p.UserId == userId, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> PausedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.ReviewPauses.AsNoTracking().Select(p => p.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Pauses or resumes the user's review DMs; pausing twice is one pause.</summary>
    public async Task SetPausedAsync(string userId, bool paused, CancellationToken cancellationToken)
    {
        await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
        if (!paused)
        {
            await db.ReviewPauses.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            return;
        }
        if (await db.ReviewPauses.AnyAsync(p => p.UserId == userId, cancellationToken)) return;
        db.ReviewPauses.Add(new ReviewPause { UserId = userId, PausedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Paused by a double click at the same moment: already what was asked.
        }
    }

    private static List<int> ParseIds(string ids) =>
        [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0)];
}
