using System.Globalization;
using System.Text.RegularExpressions;
using JourneyBot.Chat;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Messages;

/// <summary>
/// The same catalog before and after the clock passes Catalog:FreshnessDays: no stale mark at first, then every
/// shown item older than the window carries "⚠ stale: updated yyyy-MM-dd" (in Slack and in the terminal text).
/// </summary>
public sealed class StaleMarkTests : IAsyncLifetime
{
    // Wide enough that nothing in the default catalog (oldest item 2024-03-12) is stale on TestCatalog.Today.
    private const int FreshnessDays = 1000;
    private const string Mark = "⚠ stale: updated ";
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync(
        new Dictionary<string, string?> { ["Catalog:FreshnessDays"] = FreshnessDays.ToString(CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private void PassTheFreshnessWindow() => _catalog.Clock.Advance(TimeSpan.FromDays(FreshnessDays + 1));

    private static string Text(Answer answer) => TerminalText.Render(AnswerMessages.Build(answer));

    private static string Text(View view) => TerminalText.Render(new SlackMessage { Text = "home", Blocks = view.Blocks });

    private static string MarkOf(CollateralItem item) => Mark + item.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Next_offer_marks_every_item_stale_with_its_date_once_the_clock_passes_the_window()
    {
        Assert.DoesNotContain("⚠", Text(await _catalog.AskAsync("next-offer ci inquiry")));

        PassTheFreshnessWindow();
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");
        var text = Text(answer);

        Assert.Contains(MarkOf(answer.Items[0]), text);
        Assert.Equal(answer.Items.Count, Regex.Count(text, Mark));
    }

    [Fact]
    public async Task Collateral_marks_every_item_stale_with_its_date_once_the_clock_passes_the_window()
    {
        Assert.DoesNotContain("⚠", Text(await _catalog.AskAsync("collateral consideration devsecops")));

        PassTheFreshnessWindow();
        var answer = await _catalog.AskAsync<CollateralListAnswer>("collateral consideration devsecops");
        var text = Text(answer);

        Assert.Contains(MarkOf(answer.Items[0]), text);
        Assert.Equal(answer.Items.Count, Regex.Count(text, Mark));
    }

    [Fact]
    public async Task A_value_play_marks_its_top_items_stale_with_their_date_once_the_clock_passes_the_window()
    {
        Assert.DoesNotContain("⚠", Text(await _catalog.AskAsync("play ci-cd")));

        PassTheFreshnessWindow();
        var answer = await _catalog.AskAsync<PlayAnswer>("play ci-cd");
        var text = Text(answer);

        var top = answer.Stages.SelectMany(s => s.Top).ToList();
        Assert.Contains(MarkOf(top[0]), text);
        Assert.Equal(top.Count, Regex.Count(text, Mark));
    }

    [Fact]
    public async Task The_home_tab_counts_stale_items_per_cell_and_lists_the_oldest_with_their_date_once_the_clock_passes_the_window()
    {
        var before = Text(HomeTab.Build(await _catalog.SnapshotAsync(), Freshness()));
        Assert.DoesNotContain("⚠", before);
        Assert.DoesNotMatch(@"[0-9]+ stale\)", before);

        PassTheFreshnessWindow();
        var catalog = await _catalog.SnapshotAsync();
        var after = Text(HomeTab.Build(catalog, Freshness()));

        Assert.Contains(MarkOf(catalog.Items.MinBy(i => i.UpdatedOn)!), after);
        var ciAwareness = catalog.ItemsFor("ci", "awareness").Count;
        Assert.Contains($":white_check_mark: {ciAwareness} ({ciAwareness} stale)", SlackJson(HomeTab.Build(catalog, Freshness())));
    }

    [Fact]
    public async Task The_digest_marks_added_items_stale_with_their_date_once_the_clock_passes_the_window()
    {
        // Added today, last updated 995 days ago: fresh now, stale six days later (still inside the digest's week).
        var updated = DateOnly.FromDateTime(TestCatalog.Today.UtcDateTime).AddDays(-995);
        var import = await _catalog.ImportAsync(
            "title,url,type,stages,personas,use_cases,updated_on,owner,description\n" +
            $"Old SBOM primer,https://x.example/sbom,White paper,awareness,,sbom,{updated:yyyy-MM-dd},pmm,\n",
            options: new ImportOptions(CreateUseCases: true));
        Assert.True(import.Succeeded, string.Join("; ", import.Problems));
        Assert.DoesNotContain("⚠", Text(new DigestAnswer(await DigestAsync(), IsPreview: true)));

        _catalog.Clock.Advance(TimeSpan.FromDays(6));
        var text = Text(new DigestAnswer(await DigestAsync(), IsPreview: true));

        Assert.Contains("Old SBOM primer (https://x.example/sbom) (sbom · awareness) · " + Mark + updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text);
    }

    private Freshness Freshness() => _catalog.Services.GetRequiredService<FreshnessClock>().Now();

    private async Task<Digest> DigestAsync() => await _catalog.Services.GetRequiredService<DigestBuilder>()
        .BuildAsync(await _catalog.SnapshotAsync(), ["sbom"], null, null, CancellationToken.None);

    private static string SlackJson(View view) => JourneyBot.Slack.SlackJson.Serialize(new SlackMessage { Text = "home", Blocks = view.Blocks });
}
