using System.Data.Common;
using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JourneyBot.Core.Search;

/// <summary>
/// Catalog full-text search in the database's own engine: SQLite FTS5 (porter stemmer) or PostgreSQL full-text search
/// (the same stemmer), over the title, type name, description and owner of each item. The indexes are kept by
/// triggers (see the CollateralSearch and TitleSearch migrations), so they are current in any transaction.
/// <para>
/// Ranking, the same on both providers: items with every word are listed those with every word in the title first,
/// then the rest, newest first in each. A relevance score (bm25, ts_rank_cd) adds little when every item has every
/// word, and it counts each word's items over the whole index: 2–3 ms for a word thousands of items share, on every
/// search. The any-word fallback is different: there, how many of the words an item has is what matters, so it is
/// ranked by score (title weighing most) when at most <see cref="RankedAtMost"/> items match, and like the all-words
/// search when more do (words that common are what makes scoring slow).
/// </para>
/// </summary>
public sealed class CatalogSearch(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>The most any-word matches ranked by score; both providers bound it alike.</summary>
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
        var sqlite = db.Database.IsSqlite();
        if (!sqlite && !db.Database.IsNpgsql()) throw new NotSupportedException($"Search is not available on {db.Database.ProviderName}.");

        var query = sqlite ? words.Fts5Query(anyWord) : words.TsQuery(anyWord);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (anyWord && (await IdsAsync(db, sqlite ? Fts5Newest : PostgresNewest, query, null, RankedAtMost + 1, cancellationToken)).Count <= RankedAtMost)
                return await IdsAsync(db, sqlite ? Fts5Scored : PostgresScored, query, null, limit, cancellationToken);
            if (!sqlite)
                return await IdsAsync(db, PostgresTitleFirst, query, words.TsQuery(anyWord, inTitle: true), limit, cancellationToken);

            // Title matches from the titles-only table (a column filter on the full one would read every match's
            // positions), then enough of the newest matches to fill the page with the others.
            var inTitle = await IdsAsync(db, Fts5NewestInTitle, query, null, limit, cancellationToken);
            var newest = await IdsAsync(db, Fts5Newest, query, null, limit + inTitle.Count, cancellationToken);
            return inTitle.Concat(newest.Except(inTitle)).Take(limit).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<int>> IdsAsync(
        CatalogDbContext db, string sql, string query, string? titleQuery, int limit, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "q", query);
        Add(command, "n", limit);
        if (titleQuery is not null) Add(command, "t", titleQuery);
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

    // Retired items stay in the index (a restore needs no reindex) but are left out before the limits, so they never
    // take a result slot: one primary-key look-up per match read, and no more matches are read than the limits take.
    private const string Fts5Newest = """
        SELECT rowid FROM "CollateralSearch"
        WHERE "CollateralSearch" MATCH @q AND NOT EXISTS (SELECT 1 FROM "Collateral" r WHERE r."Id" = "CollateralSearch".rowid AND r."RetiredOn" IS NOT NULL)
        ORDER BY rowid DESC LIMIT @n
        """;

    private const string Fts5NewestInTitle = """
        SELECT rowid FROM "CollateralTitleSearch"
        WHERE "CollateralTitleSearch" MATCH @q AND NOT EXISTS (SELECT 1 FROM "Collateral" r WHERE r."Id" = "CollateralTitleSearch".rowid AND r."RetiredOn" IS NOT NULL)
        ORDER BY rowid DESC LIMIT @n
        """;

    // Column weights title 10, type 4, description 2, owner 1: the ratios of ts_rank_cd's default A/B/C/D weights.
    private const string Fts5Scored = """
        SELECT rowid FROM "CollateralSearch"
        WHERE "CollateralSearch" MATCH @q AND NOT EXISTS (SELECT 1 FROM "Collateral" r WHERE r."Id" = "CollateralSearch".rowid AND r."RetiredOn" IS NOT NULL)
        ORDER BY bm25("CollateralSearch", 10.0, 4.0, 2.0, 1.0), rowid
        LIMIT @n
        """;

    private const string PostgresNewest = """
        SELECT "Id" FROM "Collateral" WHERE "SearchVector" @@ to_tsquery('journeybot_search', @q) AND "RetiredOn" IS NULL ORDER BY "Id" DESC LIMIT @n
        """;

    private const string PostgresScored = """
        WITH q AS (SELECT to_tsquery('journeybot_search', @q) AS q)
        SELECT c."Id" FROM "Collateral" c, q
        WHERE c."SearchVector" @@ q.q AND c."RetiredOn" IS NULL
        ORDER BY ts_rank_cd(c."SearchVector", q.q) DESC, c."Id"
        LIMIT @n
        """;

    private const string PostgresTitleFirst = """
        WITH q AS (SELECT to_tsquery('journeybot_search', @q) AS q, to_tsquery('journeybot_search', @t) AS t)
        SELECT c."Id" FROM "Collateral" c, q
        WHERE c."SearchVector" @@ q.q AND c."RetiredOn" IS NULL
        ORDER BY c."SearchVector" @@ q.t DESC, c."Id" DESC
        LIMIT @n
        """;
}
