using Microsoft.Playwright;

namespace JourneyBot.BrowserTests;

/// <summary>/map in Chromium over a known catalog: the heat map's counts, a cell's items, escaping, CSP, anti-forgery.</summary>
[Collection(MapSiteCollection.Name)]
public sealed class MapPageTests(MapSite site)
{
    private static ILocator Cell(IPage page, string useCase, string stage, string persona) =>
        page.Locator($"td.cell[data-use-case='{useCase}'][data-stage='{stage}'][data-persona='{persona}']");

    [ChromiumFact]
    public async Task Map_cells_show_fresh_and_stale_counts_of_the_known_catalog()
    {
        var page = await site.OpenAsync("/map");
        Assert.Equal("2+1", await Cell(page, "ci", "consideration", "contributor").InnerTextAsync());
        Assert.Equal("1", await Cell(page, "ci", "consideration", "executive").InnerTextAsync());
        Assert.Equal("1", await Cell(page, "cd", "awareness", "manager").InnerTextAsync());
        Assert.Equal("0", await Cell(page, "ci", "awareness", "manager").InnerTextAsync());
        Assert.Contains("lvl-few", await Cell(page, "ci", "consideration", "contributor").GetAttributeAsync("class"));
        Assert.Contains("lvl-empty", await Cell(page, "ci", "awareness", "manager").GetAttributeAsync("class"));
    }

    [ChromiumFact]
    public async Task Clicking_a_cell_lists_its_items_with_the_stale_mark()
    {
        var page = await site.OpenAsync("/map");
        await Cell(page, "ci", "consideration", "contributor").Locator("a").ClickAsync();
        await page.Locator("#items h2").WaitForAsync();
        Assert.EndsWith("/map?use_case=ci&stage=consideration&persona=contributor#items", page.Url, StringComparison.Ordinal);
        var titles = await page.Locator("#items tr.item td.title").AllInnerTextsAsync();
        Assert.Equal(["CI Case Study Two", "CI Webinar One", "Old CI Paper"], titles); // freshest first, then by title
        Assert.Equal(1, await page.Locator("#items tr.item:has-text('Old CI Paper') .stale-mark").CountAsync());
        Assert.Equal(0, await page.Locator("#items tr.item:has-text('CI Webinar One') .stale-mark").CountAsync());
    }

    [ChromiumFact]
    public async Task Retired_item_is_listed_nowhere()
    {
        var page = await site.OpenAsync("/map?q=retired+deck");
        Assert.Equal(0, await page.Locator("#items tr.item").CountAsync());
        page = await site.OpenAsync("/map?use_case=ci");
        Assert.DoesNotContain(MapSite.RetiredTitle, await page.Locator("#items").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task Search_finds_items_by_their_words()
    {
        var page = await site.OpenAsync("/map");
        await page.FillAsync("form.filters input[name=q]", "webinar");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.Locator("#items h2").WaitForAsync(); // the unfiltered page has no item list: this is the answer
        Assert.Contains("q=webinar", page.Url, StringComparison.Ordinal);
        Assert.Equal(["CI Webinar One"], await page.Locator("#items tr.item td.title").AllInnerTextsAsync());
    }

    [ChromiumFact]
    public async Task Title_with_a_script_tag_is_shown_as_text_and_never_runs()
    {
        var page = await site.OpenAsync("/map?use_case=cd");
        Assert.Equal(MapSite.ScriptTitle, await page.Locator("#items tr.item td.title").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
    }

    [ChromiumFact]
    public async Task Every_page_carries_a_content_security_policy()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/map", "/map/playground", "/map/export.csv" })
        {
            var response = await page.APIRequest.GetAsync(path);
            Assert.Equal(200, response.Status);
            Assert.Contains("script-src 'self'", response.Headers["content-security-policy"]);
        }
    }

    [ChromiumFact]
    public async Task Export_links_download_the_catalog_as_csv_and_yaml()
    {
        var page = await site.OpenAsync("/map");
        var csv = await page.APIRequest.GetAsync("/map/export.csv");
        Assert.StartsWith("title,url,type", await csv.TextAsync());
        var yaml = await page.APIRequest.GetAsync("/map/export.yaml");
        Assert.Contains("CI Webinar One", await yaml.TextAsync());
    }
}
