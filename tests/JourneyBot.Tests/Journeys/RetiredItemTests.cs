using System.Text.RegularExpressions;
using JourneyBot.Chat;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Journeys;

/// <summary>A retired item is never offered, listed, played, counted as covering a cell, nor counted on App Home.</summary>
public sealed class RetiredItemTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task RetireAsync(IEnumerable<CollateralItem> items)
    {
        using var scope = _catalog.Services.CreateScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<CollateralLifecycle>();
        foreach (var item in items.ToList()) Assert.NotNull(await lifecycle.RetireAsync(item.Id, "U1", CancellationToken.None));
    }

    /// <summary>Retires every item that covers the first covered persona cell of <paramref name="useCase"/> at consideration.</summary>
    private async Task<GapCell> EmptyACellAsync(string useCase)
    {
        var catalog = await _catalog.SnapshotAsync();
        var items = catalog.ItemsFor(useCase, "consideration");
        var persona = catalog.Personas.First(p => items.Any(i => i.Fits(p.Key))).Key;
        await RetireAsync(items.Where(i => i.Fits(persona)));
        return new GapCell(useCase, "consideration", persona);
    }

    [Fact]
    public async Task The_next_offer_leaves_a_retired_item_out()
    {
        var before = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");
        await RetireAsync([before.Items[0]]);

        var after = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");

        Assert.DoesNotContain(after.Items, i => i.Id == before.Items[0].Id);
        Assert.Equal(before.Total - 1, after.Total);
    }

    [Fact]
    public async Task A_next_offer_from_a_retired_items_url_says_it_was_retired()
    {
        var item = (await _catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        await RetireAsync([item]);

        var answer = await _catalog.AskAsync<NeedMoreAnswer>($"next-offer {item.Url}?utm_source=slack");

        Assert.StartsWith($"{item.Title} was retired on 2026-11-25", answer.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the catalog", answer.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collateral_list_for_a_use_case_and_stage_leaves_a_retired_item_out()
    {
        var before = await _catalog.AskAsync<CollateralListAnswer>("collateral consideration ci");
        await RetireAsync([before.Items[0]]);

        var after = await _catalog.AskAsync<CollateralListAnswer>("collateral consideration ci");

        Assert.DoesNotContain(after.Items, i => i.Id == before.Items[0].Id);
        Assert.Equal(before.Total - 1, after.Total);
    }

    [Fact]
    public async Task A_collateral_list_for_a_stage_alone_leaves_a_retired_item_out()
    {
        var before = await _catalog.AskAsync<CollateralListAnswer>("collateral decision");
        await RetireAsync([before.Items[0]]);

        var after = await _catalog.AskAsync<CollateralListAnswer>("collateral decision");

        Assert.DoesNotContain(after.Items, i => i.Id == before.Items[0].Id);
        Assert.Equal(before.Total - 1, after.Total);
    }

    [Fact]
    public async Task A_play_leaves_a_retired_item_out_of_its_top_collateral()
    {
        var before = await _catalog.AskAsync<PlayAnswer>("play ci");
        var top = before.Stages.First(s => s.Top.Count > 0).Top[0];
        await RetireAsync([top]);

        var after = await _catalog.AskAsync<PlayAnswer>("play ci");

        Assert.DoesNotContain(after.Stages.SelectMany(s => s.Top), i => i.Id == top.Id);
    }

    [Fact]
    public async Task A_search_does_not_find_a_retired_item()
    {
        var item = (await _catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        var before = await _catalog.AskAsync<SearchAnswer>("search " + item.Title);
        Assert.Contains(before.Items, i => i.Id == item.Id);
        await RetireAsync([item]);

        var after = await _catalog.AskAsync<SearchAnswer>("search " + item.Title);

        Assert.DoesNotContain(after.Items.Concat(after.WithoutNarrowing), i => i.Id == item.Id);
    }

    [Fact]
    public async Task A_gap_map_cell_whose_items_are_all_retired_is_empty()
    {
        var cell = await EmptyACellAsync("ci");

        var answer = await _catalog.AskAsync<GapMapAnswer>("gaps ci");

        Assert.Contains(cell, answer.Empty);
    }

    [Fact]
    public async Task The_digest_gap_map_counts_a_cell_whose_items_are_all_retired_as_empty()
    {
        var cell = await EmptyACellAsync("cd");

        var digest = await _catalog.Services.GetRequiredService<DigestBuilder>()
            .BuildAsync(await _catalog.SnapshotAsync(), ["cd"], null, null, CancellationToken.None);

        Assert.Contains(cell, digest.Empty);
    }

    [Fact]
    public async Task App_Home_does_not_count_a_retired_item()
    {
        var catalog = await _catalog.SnapshotAsync();
        var freshness = new Freshness(DateOnly.FromDateTime(TestCatalog.Today.UtcDateTime), 365);
        var total = catalog.Items.Count;
        await RetireAsync([catalog.ItemsFor("ci", "consideration")[0]]);

        var home = HomeTab.Build(await _catalog.SnapshotAsync(), freshness);

        var text = SlackJson.Serialize(new SlackMessage { Text = "home", Blocks = home.Blocks });
        Assert.Equal(total - 1, int.Parse(Regex.Match(text, "([0-9]+) collateral items").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
