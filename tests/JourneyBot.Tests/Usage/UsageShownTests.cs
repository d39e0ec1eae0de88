using System.Text.Json;
using JourneyBot.Chat;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Usage;

/// <summary>Where items are shown with their Open button and counts: answers, App Home, and the <c>catalog usage</c> export.</summary>
public sealed class UsageShownTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private UsageCounter Counter => _catalog.Services.GetRequiredService<UsageCounter>();

    [Fact]
    public async Task Every_item_of_a_list_answer_has_an_open_link_button_with_its_id()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");

        var sections = AnswerMessages.Build(answer).Blocks!.OfType<SectionBlock>().Where(s => s.Accessory is not null).ToList();

        Assert.Equal(answer.Items.Count, sections.Count);
        var buttons = sections.Select(s => Assert.IsType<Button>(s.Accessory)).ToList();
        Assert.All(buttons, b => Assert.Equal(ItemButtons.OpenActionId, b.ActionId));
        Assert.Equal(answer.Items.Select(i => (i.Url, i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), buttons.Select(b => (b.Url!, b.Value!)));
    }

    [Fact]
    public async Task A_list_answer_shows_as_offered_only_the_page_shown()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("collateral awareness");

        Assert.True(answer.Total > answer.Items.Count, "the seeded catalog has more than a page here");
        Assert.Equal(answer.Items.Select(i => i.Id), ItemButtons.Shown(answer));
    }

    [Fact]
    public async Task App_Home_shows_an_owner_their_items_with_counts()
    {
        var url = "https://example.com/owned-by-u42";
        Assert.True((await _catalog.ImportAsync($"title,url,type,stages,personas,use_cases,updated_on,owner,description\nOwned,{url},,awareness,,ci,2026-11-01,<@U42>,\n")).Succeeded);
        var catalog = await _catalog.SnapshotAsync();
        var item = catalog.Items.Single(i => i.Url == url);
        Counter.Offered([item.Id], "C1");
        Counter.Offered([item.Id], "C2");
        Counter.Opened(item.Id, "C1");
        await Counter.FlushAsync(CancellationToken.None);

        var section = new OwnerItemsSection(_catalog.Services.GetRequiredService<UsageReport>());
        var blocks = await section.BlocksAsync(catalog, "U42", CancellationToken.None);

        var text = SlackJson.Serialize(new SlackMessage { Text = "home", Blocks = blocks });
        Assert.Contains("Your collateral", text, StringComparison.Ordinal);
        Assert.Contains("offered 2× · opened 1× · 2 channels", text, StringComparison.Ordinal);
        Assert.Empty(await section.BlocksAsync(catalog, "U99", CancellationToken.None));
    }

    [Fact]
    public async Task Catalog_usage_csv_has_the_header_counts_and_neutralised_cells()
    {
        var url = "https://example.com/formula";
        Assert.True((await _catalog.ImportAsync($"title,url,type,stages,personas,use_cases,updated_on,owner,description\n=HYPERLINK(1),{url},,awareness,,ci,2026-11-01,pat,\n")).Succeeded);
        var catalog = await _catalog.SnapshotAsync();
        var item = catalog.Items.Single(i => i.Url == url);
        Counter.Offered([item.Id], "C1");
        Counter.Opened(item.Id, "C2");
        await Counter.FlushAsync(CancellationToken.None);
        var writer = new StringWriter();

        CatalogUsageVerb.Write([item], await Totals(null), json: false, writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries); // CSV rows end in CRLF
        Assert.Equal("url,title,owner,offered,opened,channels,last_offered_on,last_opened_on", lines[0]);
        Assert.Equal($"{url},'=HYPERLINK(1),pat,1,1,2,2026-11-25,2026-11-25", lines[1]);
    }

    [Fact]
    public async Task Catalog_usage_json_since_a_later_week_leaves_earlier_counts_out()
    {
        var item = (await _catalog.SnapshotAsync()).Items[0];
        Counter.Offered([item.Id], "C1");
        await Counter.FlushAsync(CancellationToken.None);
        var writer = new StringWriter();

        CatalogUsageVerb.Write([item], await Totals(new DateOnly(2026, 12, 7)), json: true, writer);

        using var json = JsonDocument.Parse(writer.ToString());
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(item.Url, row.GetProperty("url").GetString());
        Assert.Equal(0, row.GetProperty("offered").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("last_offered_on").ValueKind);
    }

    private Task<IReadOnlyDictionary<int, UsageTotals>> Totals(DateOnly? since) =>
        _catalog.Services.GetRequiredService<UsageReport>().TotalsSinceAsync(since, CancellationToken.None);
}
