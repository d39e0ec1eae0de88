using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JourneyBot.Core.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is needed to add a migration.</summary>
internal sealed class DesignTimeCatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CatalogDbContext>()
            .UseNpgsql("Host=localhost;Database=journeybot", o => o.MigrationsAssembly(typeof(DesignTimeCatalogDbContextFactory).Assembly.GetName().Name))
            .Options);
}
