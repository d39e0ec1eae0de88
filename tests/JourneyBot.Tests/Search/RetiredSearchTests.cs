using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Search;

/// <summary>Retired items are left out by the search query itself, so they never take one of its limited result slots.</summary>
public sealed class RetiredSearchTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    /// <summary>Imports <paramref name="count"/> items with "quokka" in the title; the last (newest id) is also the best match.</summary>
    private async Task<CollateralItem> ImportAndRetireTheBestAsync(int count)
    {
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        for (var i = 0; i < count - 1; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Quokka note {i},https://q.example/{i},Guide,awareness,,ci,2026-01-01,pmm,\n");
        csv.Append("Quokka,https://q.example/best,Guide,awareness,,ci,2026-01-01,pmm,Quokka quokka quokka\n");
        Assert.True((await _catalog.ImportAsync(csv.ToString())).Succeeded);
        var best = (await _catalog.SnapshotAsync()).FindByUrl("https://q.example/best")!;
        using var scope = _catalog.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().RetireAsync(best.Id, "U1", CancellationToken.None);
        return best;
    }

    private async Task<IReadOnlyList<int>> FindAsync(int limit) =>
        await _catalog.Services.GetRequiredService<CatalogSearch>().FindAsync(SearchWords.Read("quokka"), anyWord: false, limit, CancellationToken.None);

    [Fact]
    public async Task A_retired_best_match_takes_no_result_slot()
    {
        var retired = await ImportAndRetireTheBestAsync(3);

        var ids = await FindAsync(limit: 2);

        Assert.Equal(2, ids.Count);
        Assert.DoesNotContain(retired.Id, ids);
    }

    [Fact]
    public async Task A_retired_newest_match_takes_no_slot_when_more_match_than_are_ranked()
    {
        var retired = await ImportAndRetireTheBestAsync(CatalogSearch.RankedAtMost + 2);

        var ids = await FindAsync(limit: 1);

        Assert.NotEqual(retired.Id, Assert.Single(ids));
    }
}
