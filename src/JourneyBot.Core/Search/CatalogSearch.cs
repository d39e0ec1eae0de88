using System.Data.Common;
using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JourneyBot.Core.Search;

/// <summary>
/// Catalog full-text search in the database's own engine: SQLite FTS5 (porter stemmer, bm25) or PostgreSQL full-text
/// search (the same stemmer, ts_rank_cd), over the title, type name, description and owner of each item; title matches
/// weigh most. The index is kept by triggers (see the CollateralSearch migrations), so it is current in any transaction.
/// </summary>
public sealed class CatalogSearch(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>
    /// Ranking costs about a microsecond per matching item: a word in a tenth of a 100,000-item catalog would take
    /// over 10 ms to rank. So a search ranks at most this many matches, the newest (highest ids); a search matching
    /// fewer (nearly every search of a catalog of a few thousand items) is ranked exactly. Both providers bound it alike.
    /// </summary>
    public const int RankedAtMost = 500;

    /// <summary>Ids of the best-matching collateral, best first, at most <paramref name="limit"/>.</summary>
    /// <param name="anyWord">False: items with every word; true: items with any of them.</param>
    public async Task<IReadOnlyList<int>> FindAsync(SearchWords words, bool anyWord, int limit, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || limit <= 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, words, anyWord, limit, cancellationToken);
    }

    /// <summary>The same on a given context: in its transaction, if it has one.</summary>
    public static async Task<IReadOnlyList<int>> FindAsync(
        CatalogDbContext db, SearchWords words, bool anyWord, int limit, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || limit <= 0) return [];
        var (sql, query) = db.Database.IsSqlite() ? (Fts5Sql, words.Fts5Query(anyWord))
            : db.Database.IsNpgsql() ? (PostgresSql, words.TsQuery(anyWord))
            : throw new NotSupportedException($"Search is not available on {db.Database.ProviderName}.");

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!db.Database.IsSqlite()) return await IdsAsync(db, sql, query, limit, cancellationToken);
            // bm25 counts each word's items over the whole index: worth it for a search that matches few items, costly
            // for one that matches thousands. Those (more than RankedAtMost) are ordered title matches first, then the
            // rest, newest first in each: what a person scanning a long list expects, at the cost of reading the newest
            // matches once more.
            var newest = await IdsAsync(db, Fts5Newest, query, RankedAtMost + 1, cancellationToken);
            if (newest.Count <= RankedAtMost) return await IdsAsync(db, sql, query, limit, cancellationToken);
            var inTitle = await IdsAsync(db, Fts5Newest, "{title} : (" + query + ")", limit, cancellationToken);
            return inTitle.Concat(newest.Except(inTitle)).Take(limit).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<int>> IdsAsync(CatalogDbContext db, string sql, string query, int limit, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "q", query);
        Add(command, "n", limit);
        Add(command, "k", RankedAtMost - 1);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        return ids;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // Column weights title 10, type 4, description 2, owner 1: the ratios of ts_rank_cd's default A/B/C/D weights.
    // Only the RankedAtMost newest matches are ranked: FTS5 reads matches newest first and stops there, in one pass.
    // Retired items stay in the index (a restore needs no reindex) but are left out before the limits, so they never
    // take a result slot: one primary-key look-up per match read, and no more matches are read than the limits take.
    private const string Fts5Sql = """
        SELECT id FROM (
            SELECT rowid AS id, bm25("CollateralSearch", 10.0, 4.0, 2.0, 1.0) AS score FROM "CollateralSearch"
            WHERE "CollateralSearch" MATCH @q AND NOT EXISTS (SELECT 1 FROM "Collateral" r WHERE r."Id" = "CollateralSearch".rowid AND r."RetiredOn" IS NOT NULL)
            ORDER BY rowid DESC LIMIT @k + 1)
        ORDER BY score, id
        LIMIT @n
        """;

    private const string Fts5Newest = """
        SELECT rowid FROM "CollateralSearch"
        WHERE "CollateralSearch" MATCH @q AND NOT EXISTS (SELECT 1 FROM "Collateral" r WHERE r."Id" = "CollateralSearch".rowid AND r."RetiredOn" IS NOT NULL)
        ORDER BY rowid DESC LIMIT @n
        """;

    private const string PostgresSql = """
        WITH q AS (SELECT to_tsquery('journeybot_search', @q) AS q),
        bound AS (SELECT coalesce((SELECT n."Id" FROM "Collateral" n, q
            WHERE n."SearchVector" @@ q.q AND n."RetiredOn" IS NULL ORDER BY n."Id" DESC OFFSET @k LIMIT 1), 0) AS id)
        SELECT c."Id" FROM "Collateral" c, q, bound
        WHERE c."SearchVector" @@ q.q AND c."RetiredOn" IS NULL AND c."Id" >= bound.id
        ORDER BY ts_rank_cd(c."SearchVector", q.q) DESC, c."Id"
        LIMIT @n
        """;
}
