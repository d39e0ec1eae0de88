using System.Globalization;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;

namespace JourneyBot.Tests.Journeys;

/// <summary>The gap map counts stale items per cell, not only cells whose every item is stale.</summary>
public sealed class GapStaleCountTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        // Five awareness items for every persona in a new use case: three older than the 365-day window, two fresh.
        var today = DateOnly.FromDateTime(TestCatalog.Today.UtcDateTime);
        var rows = Enumerable.Range(1, 5).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"Aging item {i},https://x.example/aging-{i},Webinar,awareness,,aging,{today.AddDays(i <= 3 ? -400 : -10):yyyy-MM-dd},pmm,"));
        var import = await _catalog.ImportAsync(
            "title,url,type,stages,personas,use_cases,updated_on,owner,description\n" + string.Join("\n", rows),
            options: new ImportOptions(CreateUseCases: true));
        Assert.True(import.Succeeded, string.Join("; ", import.Problems));
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task A_cell_with_three_of_five_items_stale_is_counted_as_such()
    {
        var answer = await _catalog.AskAsync<GapMapAnswer>("gaps aging");

        Assert.Contains(new StaleCount(new GapCell("aging", "awareness", "executive"), 3, 5), answer.StaleCounts);
        Assert.Empty(answer.Stale); // not every item is stale, so the cell is no stale hole
    }

    [Fact]
    public async Task The_gaps_answer_says_three_of_five_stale_for_the_cell()
    {
        var text = TerminalText.Render(AnswerMessages.Build(await _catalog.AskAsync("gaps aging")));

        Assert.Contains("awareness/executive 3 of 5 stale", text);
    }
}
