using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Search;
using static JourneyBot.Tests.Search.SearchCatalog;

namespace JourneyBot.Tests.Search;

/// <summary>A search that matches more items than are ranked (SQLite): title matches first, then the rest, newest first.</summary>
public sealed class ManyMatchesTests : IAsyncLifetime
{
    private const int Many = CatalogSearch.RankedAtMost + 100;
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        // The oldest item has the word in its title; every later one only in its description.
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        csv.Append("Zephyr rollout playbook,https://many.example/title,Guide,awareness,,ci,2026-01-01,pmm,The first one\n");
        for (var i = 0; i < Many; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Guide {i},https://many.example/{i},Guide,awareness,,ci,2026-01-01,pmm,Mentions zephyr once\n");
        Assert.True((await _catalog.ImportAsync(csv.ToString())).Succeeded);
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task The_title_match_comes_first_then_the_newest_description_matches()
    {
        var urls = await UrlsFoundAsync(_catalog, "zephyr");

        Assert.Equal(100, urls.Count);
        Assert.Equal("https://many.example/title", urls[0]);
        Assert.Equal([.. Enumerable.Range(0, 99).Select(i => $"https://many.example/{Many - 1 - i}")], urls[1..]);
    }

    [Fact]
    public async Task A_retitled_item_joins_the_title_matches_and_a_removed_one_leaves_them_at_once()
    {
        Assert.True((await _catalog.ImportAsync(
            "title,url,type,stages,personas,use_cases,updated_on,owner,description\n"
            + "Zephyr for auditors,https://many.example/7,Guide,awareness,,ci,2026-01-01,pmm,Mentions zephyr once\n")).Succeeded);
        await using (var db = await _catalog.DbAsync())
        {
            db.Collateral.Remove(db.Collateral.Single(c => c.Url == "https://many.example/title"));
            await db.SaveChangesAsync();
        }

        var urls = await UrlsFoundAsync(_catalog, "zephyr");

        Assert.Equal("https://many.example/7", urls[0]);
        Assert.DoesNotContain("https://many.example/title", urls);
    }
}
