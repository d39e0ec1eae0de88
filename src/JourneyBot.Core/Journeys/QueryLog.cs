using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Journeys;

/// <summary>Records questions that found nothing, for the digest's demand gaps.</summary>
public sealed class QueryLog(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<QueryLog> logger)
{
    public async Task RecordAsync(QueryLogEntry entry, AskContext context, CancellationToken cancellationToken)
    {
        entry.Question = entry.Question.Length > 500 ? entry.Question[..500] : entry.Question;
        entry.UserId = context.UserId;
        entry.ChannelId = context.ChannelId;
        entry.TeamId = context.TeamId;
        entry.AskedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.QueryLog.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Losing one demand-gap record must not cost the user their answer.
            logger.LogWarning(e, "Could not record the unanswered question");
        }
    }
}
