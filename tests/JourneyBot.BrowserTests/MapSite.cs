using System.Globalization;
using Microsoft.Playwright;

namespace JourneyBot.BrowserTests;

/// <summary>One site for every browser test: starting <c>serve</c> and Chromium is most of their time.</summary>
[CollectionDefinition(Name)]
public sealed class MapSiteCollection : ICollectionFixture<MapSite>
{
    public const string Name = "map site";
}

/// <summary>
/// <c>JourneyBot serve</c> on a loopback port over a known catalog (imported with <c>catalog import --replace</c>), with a
/// fake Slack, and one headless Chromium for every browser test. Started only when Chromium is there.
/// </summary>
public sealed class MapSite : IAsyncLifetime
{
    /// <summary>Fresh (updated 10 days ago) and stale (updated in 2020) items, their cells' counts known.</summary>
    public const string ScriptTitle = "<script>window.__pwned = 1</script> CD guide";

    /// <summary>Imported, then retired: it must count in no cell and be listed nowhere.</summary>
    public const string RetiredTitle = "Retired CI Deck";
    private const string RetiredUrl = "https://content.example.com/ci/retired-deck";

    private readonly bool _knownCatalog;
    private FakeSlack? _slack;
    private ServeProcess? _serve;
    private IPlaywright? _playwright;
    private string? _folder;

    public MapSite() => _knownCatalog = true;

    private MapSite(bool knownCatalog) => _knownCatalog = knownCatalog;

    /// <summary>A site over the catalog a new install starts with (the shipped examples), for the screenshots.</summary>
    public static MapSite WithShippedCatalog() => new(knownCatalog: false);

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public string Output => _serve?.Output ?? "";

    public static string KnownCatalogCsv()
    {
        var fresh = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return "title,url,type,stages,personas,use_cases,updated_on,owner,description\n" +
               $"CI Webinar One,https://content.example.com/ci/webinar-one,Webinar,consideration,contributor,ci,{fresh},Pat,Pipelines explained\n" +
               $"CI Case Study Two,https://content.example.com/ci/case-two,Case study,consideration,,ci,{fresh},Lee,A customer story\n" +
               "Old CI Paper,https://content.example.com/ci/old-paper,White paper,consideration,contributor,ci,2020-01-01,Pat,An old paper\n" +
               $"\"{ScriptTitle}\",https://content.example.com/cd/guide,White paper,awareness,manager,cd,{fresh},Sam,A guide\n" +
               $"{RetiredTitle},{RetiredUrl},White paper,consideration,contributor,ci,{fresh},Pat,Retired after import\n";
    }

    public async Task InitializeAsync()
    {
        if (ChromiumFactAttribute.Executable() is not { } chromium) return; // every test is skipped
        _slack = await FakeSlack.Start();
        _folder = Directory.CreateTempSubdirectory("journeybot-browser-").FullName;
        var database = $"Data Source={Path.Combine(_folder, "catalog.db")}";
        if (_knownCatalog)
        {
            var csv = Path.Combine(_folder, "catalog.csv");
            await File.WriteAllTextAsync(csv, KnownCatalogCsv());
            var import = await BotProcess.RunAsync(["catalog", "import", "--replace", csv, "--ConnectionStrings:Catalog=" + database]);
            Assert.True(import.Exit == 0, "catalog import failed: " + import.Out + import.Err);
            var retire = await BotProcess.RunAsync(["catalog", "retire", RetiredUrl, "--ConnectionStrings:Catalog=" + database]);
            Assert.True(retire.Exit == 0, "catalog retire failed: " + retire.Out + retire.Err);
        }

        _serve = ServeProcess.Start(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = database,
            ["Slack:SigningSecret"] = "browser-test-secret",
            ["Slack:BotToken"] = "xoxb-browser-test",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
        });
        BaseUrl = _serve.BaseUrl.AbsoluteUri.TrimEnd('/');
        Assert.True(await _serve.WaitReadyAsync(TimeSpan.FromSeconds(120)), "serve did not become ready:\n" + Output);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>A new page in its own browser context (its own cookies), opened at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_serve is not null) await _serve.DisposeAsync();
        if (_slack is not null) await _slack.DisposeAsync();
        if (_folder is not null) try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }
}
