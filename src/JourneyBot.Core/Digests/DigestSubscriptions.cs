using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Digests;

/// <summary>
/// Subscriptions and deliveries in the catalog database: the named queries of the digest, and the claim that makes
/// a delivery happen once per subscription and week, whatever the number of retries, restarts or instances.
/// </summary>
public sealed class DigestSubscriptions(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock)
{
    /// <summary>A claim not turned into a post after this long belongs to a process that died; another may take it over.</summary>
    public static readonly TimeSpan AbandonedClaimAfter = TimeSpan.FromMinutes(15);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<DigestSubscription?> FindAsync(string? teamId, string channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = teamId ?? "";
        return await db.DigestSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.TeamId == team && s.ChannelId == channelId, cancellationToken);
    }

    public async Task<DigestSubscription?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DigestSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<DigestSubscription>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DigestSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Subscribes the channel, or updates its subscription: one per channel.</summary>
    public async Task<(DigestSubscription Subscription, DigestSubscriptionChange Change)> SaveAsync(
        string? teamId, string channelId, IReadOnlyList<string> useCaseKeys, DigestSchedule schedule, string? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
            var team = teamId ?? "";
            var subscription = await db.DigestSubscriptions.SingleOrDefaultAsync(s => s.TeamId == team && s.ChannelId == channelId, cancellationToken);
            var change = DigestSubscriptionChange.Updated;
            if (subscription is null)
            {
                subscription = new DigestSubscription { TeamId = team, ChannelId = channelId, TimeZone = schedule.TimeZoneId, CreatedBy = userId, CreatedAt = now };
                db.DigestSubscriptions.Add(subscription);
                change = DigestSubscriptionChange.Subscribed;
            }
            else if (subscription.UseCaseKeys.Order().SequenceEqual(useCaseKeys.Order()) && subscription.Weekday == schedule.Weekday
                     && subscription.LocalTime == schedule.LocalTime && subscription.TimeZone == schedule.TimeZoneId)
            {
                return (subscription, DigestSubscriptionChange.Unchanged);
            }
            subscription.UseCaseKeys = [.. useCaseKeys];
            subscription.Weekday = schedule.Weekday;
            subscription.LocalTime = schedule.LocalTime;
            subscription.TimeZone = schedule.TimeZoneId;
            subscription.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (subscription, change);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e) && attempt == 0)
            {
                // Someone subscribed the same channel at the same moment: update theirs instead.
            }
        }
    }

    /// <summary>Removes the channel's subscription and its delivery history; null when it had none.</summary>
    public async Task<DigestSubscription?> RemoveAsync(string? teamId, string channelId, CancellationToken cancellationToken)
    {
        await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
        var team = teamId ?? "";
        var subscription = await db.DigestSubscriptions.SingleOrDefaultAsync(s => s.TeamId == team && s.ChannelId == channelId, cancellationToken);
        if (subscription is null) return null;
        db.DigestSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    /// <summary>The last digest posted for the subscription before <paramref name="week"/>: what "changes since" compares with.</summary>
    public async Task<DigestBaseline?> BaselineAsync(int subscriptionId, string? week, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.DigestDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId && d.Status == DigestDeliveryStatus.Posted && (week == null || d.Week != week))
            .OrderByDescending(d => d.ClaimedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : new DigestBaseline(last.ClaimedAt, last.Week, ReadGaps(last.GapsJson));
    }

    /// <summary>
    /// Claims the week for the subscription by inserting its delivery row; null when another run has it (the unique
    /// index refuses the second insert). A claim abandoned by a dead process is taken over after <see cref="AbandonedClaimAfter"/>.
    /// </summary>
    public async Task<DigestDelivery?> TryClaimAsync(int subscriptionId, string week, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claim = new DigestDelivery { SubscriptionId = subscriptionId, Week = week, ClaimedAt = now, Status = DigestDeliveryStatus.Claimed };
        db.DigestDeliveries.Add(claim);
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
        var taken = await db.DigestDeliveries
            .Where(d => d.SubscriptionId == subscriptionId && d.Week == week && d.Status == DigestDeliveryStatus.Claimed && d.ClaimedAt < abandonedBefore)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimedAt, now), cancellationToken);
        return taken == 1
            ? await db.DigestDeliveries.AsNoTracking().SingleAsync(d => d.SubscriptionId == subscriptionId && d.Week == week, cancellationToken)
            : null;
    }

    /// <summary>Gives the week back after a failed post, so a retry can deliver it.</summary>
    public async Task ReleaseAsync(DigestDelivery claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DigestDeliveries.Where(d => d.Id == claim.Id && d.Status == DigestDeliveryStatus.Claimed).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Records the posted message and the gaps it reported.</summary>
    public async Task MarkPostedAsync(DigestDelivery claim, string messageTs, Digest digest, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var gaps = JsonSerializer.Serialize(new GapsRecord(digest.Empty, digest.Stale), Json);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DigestDeliveries.Where(d => d.Id == claim.Id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.Status, DigestDeliveryStatus.Posted)
                .SetProperty(d => d.MessageTs, messageTs)
                .SetProperty(d => d.PostedAt, now)
                .SetProperty(d => d.GapsJson, gaps), cancellationToken);
        await db.DigestSubscriptions.Where(s => s.Id == claim.SubscriptionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastDeliveredWeek, claim.Week), cancellationToken);
    }

    public async Task<IReadOnlyList<DigestDelivery>> DeliveriesAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DigestDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
    }

    private sealed record GapsRecord(IReadOnlyList<GapCell> Empty, IReadOnlyList<GapCell> Stale);

    internal static IReadOnlyList<GapCell> ReadGaps(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            var record = JsonSerializer.Deserialize<GapsRecord>(json, Json);
            return record is null ? [] : [.. record.Empty ?? [], .. record.Stale ?? []];
        }
        catch (JsonException)
        {
            return []; // an unreadable baseline only costs the "closed/opened" lines
        }
    }
}
