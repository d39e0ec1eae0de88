using System.Text.RegularExpressions;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Chat;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Tests.Chat;

public sealed class HomeTabTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task The_home_tab_marks_as_many_cells_with_holes_as_the_gap_map_has()
    {
        var catalog = await _catalog.SnapshotAsync();
        var freshness = new Freshness(DateOnly.FromDateTime(TestCatalog.Today.UtcDateTime), 365);
        var gaps = GapMap.Compute(catalog, null, freshness);
        var cellsWithHoles = gaps.Empty.Select(c => (c.UseCase, c.Stage)).Distinct().Count();

        var text = SlackJson.Serialize(new SlackMessage { Text = "home", Blocks = HomeTab.Build(catalog, freshness).Blocks });
        var marked = Regex.Count(text, "(:jigsaw:|:white_square:) [0-9]+");

        Assert.True(cellsWithHoles > 0, "the seeded catalog has holes, so the comparison means something");
        Assert.Equal(cellsWithHoles, marked);
    }
}
