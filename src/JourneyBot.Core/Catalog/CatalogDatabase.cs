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
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException e) when (e.SqlState == DuplicateDatabase)
            {
                // Another instance created the PostgreSQL database between EF's "exists?" and its CREATE DATABASE.
                // It exists now, and EF's migration lock orders the rest: migrate again.
                logger.LogInformation("Another instance created the catalog database first; migrating it");
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a writer (an import, a digest claim) holds the database.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await CatalogSeeder.SeedIfEmptyAsync(db, CatalogYaml.ReadDefault(), clock.GetUtcNow().UtcDateTime, logger, cancellationToken);
    }

    private const string DuplicateDatabase = "42P04";

    /// <summary>True when the database answers and has no pending migrations (readiness).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken) && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Catalog database is not ready");
            return false;
        }
    }
}
