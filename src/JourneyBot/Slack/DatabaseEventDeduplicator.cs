using JourneyBot.Core.Catalog;
using JourneyBot.Slack.Handlers;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Slack;

/// <summary>
/// Event dedupe in the catalog database: survives restarts and is shared by every instance on that database.
/// The primary key does the work: the second insert of an id fails, and that delivery is a repeat.
/// </summary>
public sealed class DatabaseEventDeduplicator(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock) : IEventDeduplicator
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async ValueTask<bool> TryMarkSeen(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ProcessedEvents.Add(new ProcessedEvent { EventId = id, ProcessedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;
        }
        // Slack retries for minutes, not days: keep the table small.
        if (Random.Shared.Next(100) == 0)
        {
            var cutoff = now - Retention;
            await db.ProcessedEvents.Where(e => e.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }
        return true;
    }
}
