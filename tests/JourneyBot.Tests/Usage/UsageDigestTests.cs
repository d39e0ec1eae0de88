using System.Text.Json;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Usage;

/// <summary>The digest's usage section, built from counts written to the real SQLite file.</summary>
public sealed class UsageDigestTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;
    private CatalogSnapshot _snapshot = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        _snapshot = await _catalog.SnapshotAsync();
        // Every seeded item is older than the 90-day window from here, so each may be called unused.
        _catalog.Clock.Advance(TimeSpan.FromDays(120));
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private UsageCounter Counter => _catalog.Services.GetRequiredService<UsageCounter>();

    private CollateralItem Item(int n) => _snapshot.Items[n];

    private async Task<Digest> DigestAsync(IReadOnlyList<string>? useCases = null)
    {
        await Counter.FlushAsync(CancellationToken.None);
        return await _catalog.Services.GetRequiredService<DigestBuilder>()
            .BuildAsync(await _catalog.SnapshotAsync(), useCases ?? [], null, null, CancellationToken.None);
    }

    [Fact]
    public async Task Most_opened_this_week_lists_opened_items_most_opened_first()
    {
        Counter.Opened(Item(0).Id, "C1");
        Counter.Opened(Item(1).Id, "C1");
        Counter.Opened(Item(1).Id, "C2");

        var usage = (await DigestAsync()).Usage!;

        Assert.Equal([Item(1).Id, Item(0).Id], usage.MostOpened.Select(l => l.Item.Id));
    }

    [Fact]
    public async Task Opens_older_than_last_week_are_not_this_weeks()
    {
        Counter.Opened(Item(0).Id, "C1");
        await Counter.FlushAsync(CancellationToken.None);
        _catalog.Clock.Advance(TimeSpan.FromDays(15));

        var usage = (await DigestAsync()).Usage!;

        Assert.Empty(usage.MostOpened);
        Assert.DoesNotContain(usage.OfferedNeverOpened, l => l.Item.Id == Item(0).Id);
    }

    [Fact]
    public async Task An_item_offered_and_never_opened_is_listed_with_its_offers_and_not_as_unused()
    {
        Counter.Offered([Item(2).Id], "C1");
        Counter.Offered([Item(2).Id], "C2");

        var usage = (await DigestAsync()).Usage!;

        var line = Assert.Single(usage.OfferedNeverOpened);
        Assert.Equal((Item(2).Id, 2, 2), (line.Item.Id, line.Totals.Offered, line.Totals.Channels));
        Assert.DoesNotContain(usage.NeverOffered, l => l.Item.Id == Item(2).Id);
    }

    [Fact]
    public async Task Items_never_offered_in_90_days_are_listed_as_unused_at_most_five()
    {
        Counter.Offered([Item(0).Id], "C1");

        var usage = (await DigestAsync()).Usage!;

        Assert.Equal(DigestUsage.MaxLines, usage.NeverOffered.Count);
        Assert.DoesNotContain(usage.NeverOffered, l => l.Item.Id == Item(0).Id);
    }

    [Fact]
    public async Task A_digest_for_some_use_cases_lists_only_their_items()
    {
        var useCase = Item(0).UseCases[0];
        foreach (var item in _snapshot.Items) Counter.Opened(item.Id, "C1");

        var usage = (await DigestAsync([useCase])).Usage!;

        Assert.NotEmpty(usage.MostOpened);
        Assert.All(usage.MostOpened, l => Assert.Contains(useCase, l.Item.UseCases));
    }

    [Fact]
    public async Task The_digest_message_shows_the_three_lists_with_owners()
    {
        Counter.Opened(Item(0).Id, "C1");
        Counter.Offered([Item(1).Id], "C1");

        var text = SlackJson.Serialize(AnswerMessages.Build(new DigestAnswer(await DigestAsync(), IsPreview: true)));

        Assert.Contains("Most opened this week", text, StringComparison.Ordinal);
        Assert.Contains("Offered but never opened in 90 days", text, StringComparison.Ordinal);
        Assert.Contains("Never offered in 90 days (unused)", text, StringComparison.Ordinal);
        Assert.Contains("owner: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_preview_json_has_a_usage_object_with_the_three_lists()
    {
        Counter.Opened(Item(0).Id, "C1");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(DigestVerb.ToJson(await DigestAsync())));

        var usage = json.RootElement.GetProperty("usage");
        var opened = Assert.Single(usage.GetProperty("most_opened").EnumerateArray());
        Assert.Equal(Item(0).Url, opened.GetProperty("url").GetString());
        Assert.Equal(1, opened.GetProperty("opened").GetInt32());
        Assert.Equal(JsonValueKind.Array, usage.GetProperty("offered_never_opened").ValueKind);
        Assert.Equal(DigestUsage.MaxLines, usage.GetProperty("never_offered").GetArrayLength());
    }
}
