using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Catalog;

/// <summary>Brings the catalog database up to date at start: migrations, WAL for SQLite, the default catalog when empty.</summary>
public sealed class CatalogDatabase(IDbContextFactory<CatalogDbContext> contexts, TimeProvider clock, ILogger<CatalogDatabase> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} catalog migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await db.Database.MigrateAsync(cancellationToken);
                    break;
                }
                catch (System.Data.Common.DbException e) when (attempt < 5 && e.SqlState is { } state && ConcurrentMigration.Contains(state))
                {
                    // Another instance created the PostgreSQL database, or applied one of the migrations, between our
                    // look at the history and our DDL (its lock is held per migration, not for the whole run). What
                    // it did is in the history now: migrate again.
                    logger.LogInformation("Another instance migrated the catalog database at the same time ({SqlState}); migrating again", state);
                }
            }
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a writer (an import, a digest claim) holds the database.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await FillUrlKeysAsync(db, cancellationToken);
        await CatalogSeeder.SeedIfEmptyAsync(db, CatalogYaml.ReadDefault(), clock.GetUtcNow().UtcDateTime, logger, cancellationToken);
    }

    /// <summary>
    /// Items stored before URL keys existed (the migration leaves their key empty) get theirs, so next offer by URL, add
    /// and import find them however their link is pasted. Their stored URLs are left as they were. Idempotent: two
    /// instances starting together write the same keys.
    /// </summary>
    private async Task FillUrlKeysAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (true)
        {
            var batch = await db.Collateral.Where(c => c.UrlKey == "").OrderBy(c => c.Id).Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var item in batch) item.UrlKey = Journeys.WebUrl.MatchKey(item.Url);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }
        if (filled > 0) logger.LogInformation("Gave {Count} catalog item(s) their URL match key", filled);
    }

    // PostgreSQL: duplicate database, undefined table, duplicate table, duplicate object, duplicate column, duplicate
    // function, and a unique violation in the system catalogs (two CREATEs of one type or function at once).
    private static readonly string[] ConcurrentMigration = ["42P04", "42P01", "42P07", "42710", "42701", "42723", "23505"];

    /// <summary>
    /// Readiness: the database answers, has no pending migrations, and takes a write within the request-path timeout
    /// (a probe row, rolled back). A read-only or locked database is not ready: events could not be kept.
    /// </summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = (await contexts.CreateDbContextAsync(cancellationToken)).OnRequestPath();
            if (!await db.Database.CanConnectAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                return false;
            await using var probe = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow().UtcDateTime, Actor = "journeybot", Action = "readiness-probe", Detail = "" });
            await db.SaveChangesAsync(cancellationToken);
            await probe.RollbackAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            logger.LogWarning("Catalog database is not ready: {Reason}", e.Message);
            return false;
        }
    }
}
