using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog;

/// <summary>What a database failure means, for the places where the answer differs (a repeat vs. an outage).</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// How long work on Slack's 3-second path may wait on a database lock (SQLite's busy wait is the command
    /// timeout). Past it the write fails fast and the caller says so, instead of holding the reply for 30 s.
    /// </summary>
    public static readonly TimeSpan RequestPathTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A unique index refused the row: SQLite's SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY, PostgreSQL's 23505.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        DbException d => d.SqlState == "23505",
        _ => false,
    };

    /// <summary>The database could not do the work (busy, locked, read-only, unreachable): nothing was changed.</summary>
    public static bool IsUnavailable(Exception e) => e is DbException or DbUpdateException or TimeoutException
        || e is InvalidOperationException { InnerException: DbException or TimeoutException };

    /// <summary>Sets the request-path timeout on a context used inside Slack's 3 seconds.</summary>
    public static CatalogDbContext OnRequestPath(this CatalogDbContext db)
    {
        db.Database.SetCommandTimeout(RequestPathTimeout);
        return db;
    }
}
