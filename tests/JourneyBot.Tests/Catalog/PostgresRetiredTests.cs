using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

/// <summary>reviewed_on and retired_on on PostgreSQL: stored, exported and searched as on SQLite.</summary>
public sealed class PostgresRetiredTests
{
    private const string Csv = """
        title,url,type,stages,personas,use_cases,updated_on,owner,description,reviewed_on,retired_on
        Quokka guide,https://pg.example/live,Guide,awareness,,ci,2026-01-01,pmm,,2026-05-06,
        Quokka,https://pg.example/retired,Guide,awareness,,ci,2026-01-01,pmm,Quokka quokka quokka,2026-02-03,2026-03-04
        """;

    private static string Export(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        CatalogTransfer.WriteCsv(CatalogTransfer.Exported(catalog).OrderBy(i => i.Url, StringComparer.Ordinal), writer);
        return writer.ToString();
    }

    [PostgresFact]
    public async Task Review_and_retire_dates_round_trip_through_import_and_export_as_on_SQLite()
    {
        await using var sqlite = await TestCatalog.CreateAsync();
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        Assert.True((await sqlite.ImportAsync(Csv)).Succeeded);
        Assert.True((await postgres.ImportAsync(Csv)).Succeeded);

        var catalog = await postgres.SnapshotAsync();

        var retired = Assert.Single(catalog.Retired);
        Assert.Equal(("https://pg.example/retired", (DateOnly?)new DateOnly(2026, 2, 3), (DateOnly?)new DateOnly(2026, 3, 4)),
            (retired.Url, retired.ReviewedOn, retired.RetiredOn));
        Assert.Equal(new DateOnly(2026, 5, 6), catalog.FindByUrl("https://pg.example/live")!.ReviewedOn);
        Assert.Equal(Export(await sqlite.SnapshotAsync()), Export(catalog));
    }

    [PostgresFact]
    public async Task A_retired_best_match_takes_no_search_slot()
    {
        await using var postgres = await TestCatalog.CreatePostgresAsync();
        Assert.True((await postgres.ImportAsync(Csv)).Succeeded);
        var retired = (await postgres.SnapshotAsync()).Retired[0];

        var ids = await postgres.Services.GetRequiredService<CatalogSearch>()
            .FindAsync(SearchWords.Read("quokka"), anyWord: false, limit: 1, CancellationToken.None);

        Assert.NotEqual(retired.Id, Assert.Single(ids));
    }
}
