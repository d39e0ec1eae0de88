using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

/// <summary>URLs as people paste them: one page is one item, whatever tracking, scheme, www. or slash it carries.</summary>
public sealed class UrlMatchingTests : IAsyncLifetime
{
    private const string Header = "title,url,type,stages,personas,use_cases,updated_on,owner,description";
    private const string CatalogUrl = "https://content.example.com/ci/troubleshooting-flaky-tests";
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Theory]
    [InlineData("https://gitlab.com/x?utm_source=li&utm_campaign=q4", "gitlab.com/x")]
    [InlineData("https://gitlab.com/x?gclid=1&fbclid=2&mkt_tok=3&msclkid=4&_hsenc=5&_hsmi=6&mc_cid=7&mc_eid=8", "gitlab.com/x")]
    [InlineData("https://gitlab.com/x?id=7&utm_medium=mail&page=2", "gitlab.com/x?id=7&page=2")]
    [InlineData("https://gitlab.com/x#pricing", "gitlab.com/x")]
    [InlineData("https://gitlab.com/x/", "gitlab.com/x")]
    [InlineData("http://gitlab.com/x", "gitlab.com/x")]
    [InlineData("https://www.gitlab.com/x", "gitlab.com/x")]
    [InlineData("HTTPS://GitLab.COM/x", "gitlab.com/x")]
    [InlineData("https://gitlab.com:443/x", "gitlab.com/x")]
    [InlineData("gitlab.com/x", "gitlab.com/x")]
    [InlineData("https://gitlab.com/X", "gitlab.com/X")] // paths are case-sensitive
    [InlineData("https://gitlab.com/x?ref=main", "gitlab.com/x?ref=main")] // ref can pick the page (a branch)
    [InlineData("https://gitlab.com:8443/x", "gitlab.com:8443/x")]
    public void Match_key_ignores_what_does_not_change_the_page(string pasted, string key) =>
        Assert.Equal(key, WebUrl.MatchKey(pasted));

    [Theory]
    [InlineData("https://Docs.Example/Guide?utm_source=x", "https://docs.example/Guide")]
    [InlineData("https://docs.example/a?id=1&utm_source=x#part", "https://docs.example/a?id=1#part")]
    [InlineData("http://www.docs.example/a/", "http://www.docs.example/a/")]
    [InlineData("docs.example/a", "https://docs.example/a")]
    public void Stored_url_is_the_link_as_given_minus_tracking(string given, string stored) =>
        Assert.Equal(stored, WebUrl.Canonical(given));

    [Theory]
    [InlineData("CI/CD")]
    [InlineData("and/or")]
    [InlineData("v1.2/3")]
    [InlineData("gitlab.com")]
    [InlineData("e.g./x")]
    public void Words_with_a_slash_are_not_urls_without_a_dotted_host(string word) =>
        Assert.False(WebUrl.TryParseAbsoluteHttp(word, out _));

    [Fact]
    public async Task Next_offer_finds_a_catalog_url_pasted_with_tracking_parameters()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>($"next-offer {CatalogUrl}?utm_campaign=q4");

        Assert.Equal("awareness", answer.AskedStage!.Key);
        Assert.Equal("consideration", answer.Stage.Key);
        Assert.Equal("ci", answer.UseCase!.Key);
    }

    [Fact]
    public async Task Next_offer_finds_a_catalog_url_pasted_without_scheme_or_with_www()
    {
        var snapshot = await _catalog.SnapshotAsync();

        Assert.NotNull(snapshot.FindByUrl("content.example.com/ci/troubleshooting-flaky-tests"));
        Assert.NotNull(snapshot.FindByUrl("http://www.content.example.com/ci/troubleshooting-flaky-tests/#top"));
    }

    [Fact]
    public async Task Import_refuses_two_rows_of_one_page_with_a_line_error()
    {
        var csv = $"""
            {Header}
            One,https://new.example/a,,awareness,,ci,,,
            Two,http://www.new.example/a/?utm_source=mail,,awareness,,ci,,,
            """;

        var result = await _catalog.ImportAsync(csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("same page as https://new.example/a on line 2", problem.Reason);
    }

    [Fact]
    public async Task Importing_an_item_again_with_tracking_parameters_updates_it()
    {
        Assert.True((await _catalog.ImportAsync($"{Header}\nOld title,{CatalogUrl},,awareness,,ci,,,")).Succeeded);

        var result = await _catalog.ImportAsync($"{Header}\nNew title,{CatalogUrl}?utm_source=newsletter&gclid=9,,awareness,,ci,,,");

        Assert.Equal((0, 1), (result.Added, result.Updated));
        var item = (await _catalog.SnapshotAsync()).FindByUrl(CatalogUrl)!;
        Assert.Equal("New title", item.Title);
        Assert.Equal(CatalogUrl, item.Url);
    }

    [Fact]
    public async Task Items_stored_before_url_keys_get_them_at_start()
    {
        await using (var db = await _catalog.DbAsync())
            await db.Collateral.ExecuteUpdateAsync(s => s.SetProperty(c => c.UrlKey, ""));

        await _catalog.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None);

        await using var check = await _catalog.DbAsync();
        Assert.False(await check.Collateral.AnyAsync(c => c.UrlKey == ""));
        var result = await _catalog.ImportAsync($"{Header}\nAgain,http://www.content.example.com/ci/troubleshooting-flaky-tests/,,awareness,,ci,,,");
        Assert.Equal((0, 1), (result.Added, result.Updated));
    }
}
