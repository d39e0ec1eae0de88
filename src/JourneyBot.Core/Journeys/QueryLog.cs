using System.Threading.Channels;
using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Records questions that found nothing (the digest's demand gaps) and, kept apart by their command, questions not
/// understood (the digest's unknown words). Off the request path: an answer never waits on the database. Entries wait
/// in a bounded queue and <see cref="QueryLogWriter"/> writes them in batches; while the database is away they are
/// kept (up to <see cref="Capacity"/>) and retried.
/// </summary>
public sealed partial class QueryLog(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<QueryLog> logger)
{
    public const int Capacity = 10_000;
    private const int BatchSize = 500;

    /// <summary>A question with no known term: read for unknown words, never a demand gap.</summary>
    public const string NotUnderstood = "not-understood";

    /// <summary>A question answered although some of its words were ignored: read for unknown words only.</summary>
    public const string IgnoredWords = "ignored-words";

    /// <summary>A search that found nothing: neither a demand gap (nothing was asked of the map) nor unknown words.</summary>
    public const string Search = "search";

    /// <summary>
    /// Notes a question answered with some words ignored, so they count among the week's unknown words (the
    /// tolerant reader may call this; the words are re-read with the vocabulary when the digest is built).
    /// </summary>
    public void RecordIgnoredWords(string question, AskContext context) =>
        Record(new QueryLogEntry { Question = question, Command = IgnoredWords }, context);

    private readonly Channel<QueryLogEntry> _pending = Channel.CreateBounded<QueryLogEntry>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the entry; never blocks. A full queue (a long outage) drops it with a warning.</summary>
    public void Record(QueryLogEntry entry, AskContext context)
    {
        entry.Question = entry.Question.Length > 500 ? entry.Question[..500] : entry.Question;
        entry.UserId = context.UserId;
        entry.ChannelId = context.ChannelId;
        entry.TeamId = context.TeamId;
        entry.AskedAt = clock.GetUtcNow().UtcDateTime;
        if (!_pending.Writer.TryWrite(entry))
            LogDropped(logger, Capacity);
    }

    /// <summary>Waits until there is something to write.</summary>
    internal ValueTask<bool> WaitForEntriesAsync(CancellationToken cancellationToken) => _pending.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Writes what is queued now. False when the database refused: the entries are queued again.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = new List<QueryLogEntry>();
            while (batch.Count < BatchSize && _pending.Reader.TryRead(out var entry)) batch.Add(entry);
            if (batch.Count == 0) return true;
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                db.QueryLog.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
            {
                LogNotWritten(logger, batch.Count, e.Message);
                foreach (var entry in batch)
                {
                    entry.Id = 0;
                    if (!_pending.Writer.TryWrite(entry)) LogDropped(logger, Capacity);
                }
                return false;
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Query log queue is full ({Capacity} entries waiting for the database); an unanswered question was not recorded")]
    private static partial void LogDropped(ILogger logger, int capacity);

    [LoggerMessage(LogLevel.Warning, "Could not write {Count} query log entries yet ({Reason}); they stay queued and are retried")]
    private static partial void LogNotWritten(ILogger logger, int count, string reason);
}
