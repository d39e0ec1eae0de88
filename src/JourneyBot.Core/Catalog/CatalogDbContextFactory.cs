using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// Creates catalog contexts; the async path always continues on a thread-pool thread. The bot runs requests
/// inline on Kestrel's socket threads (Server:InlineScheduling), and SQLite does its I/O synchronously, even
/// behind EF's async API: a write waiting on a busy database (an import in another process) would otherwise
/// stall every connection served by that socket thread.
/// </summary>
public sealed class CatalogDbContextFactory(DbContextOptions<CatalogDbContext> options) : IDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext() => new(options);

    public async Task<CatalogDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return CreateDbContext();
    }
}
