using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Journeys;

public sealed class AnswersTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Theory]
    [InlineData("collateral consideration ci manager")]
    [InlineData("fit mql ci managers")]
    [InlineData("content ci manager consideration")]
    public async Task Collateral_and_its_aliases_list_items_of_that_stage(string text)
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>(text);

        Assert.Equal(ListKind.Collateral, answer.Kind);
        Assert.Equal("consideration", answer.Stage.Key);
        Assert.NotEmpty(answer.Items);
        Assert.All(answer.Items, i => Assert.True(i.Stages.Contains("consideration") && i.UseCases.Contains("ci") && i.Fits("manager")));
    }

    [Fact]
    public async Task Collateral_without_a_use_case_spans_every_use_case()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("collateral decision");
        var snapshot = await _catalog.SnapshotAsync();
        Assert.Equal(snapshot.Items.Count(i => i.Stages.Contains("decision")), answer.Total);
    }

    [Fact]
    public async Task Play_for_a_use_case_gives_its_motions_value_play_and_top_collateral_per_stage()
    {
        var answer = await _catalog.AskAsync<PlayAnswer>("play ci manager");

        Assert.Equal("ci-cd", answer.Motion.Key);
        Assert.False(string.IsNullOrWhiteSpace(answer.Motion.ValuePlay.Context));
        Assert.False(string.IsNullOrWhiteSpace(answer.Motion.ValuePlay.HowToMeasure));
        Assert.Equal(["awareness", "consideration", "decision"], answer.Stages.Select(s => s.Stage.Key));
        Assert.All(answer.Stages.SelectMany(s => s.Top), i => Assert.True(i.Fits("manager")));
    }

    [Fact]
    public async Task Play_for_a_motion_that_is_also_a_use_case_uses_the_motion()
    {
        var answer = await _catalog.AskAsync<PlayAnswer>("play devsecops");
        Assert.Equal("devsecops", answer.Motion.Key);
    }

    [Theory]
    [InlineData("stage consideration", "consideration", true)]
    [InlineData("stage MQL", "consideration", true)]
    [InlineData("stage adoption", "adoption", false)]
    public async Task Stage_gives_definition_focus_owner_and_measure(string text, string key, bool buyer)
    {
        var answer = await _catalog.AskAsync<StageAnswer>(text);

        Assert.Equal(key, answer.Stage.Key);
        Assert.Equal(buyer, answer.IsBuyerStage);
        Assert.False(string.IsNullOrWhiteSpace(answer.Stage.Definition));
        Assert.False(string.IsNullOrWhiteSpace(answer.Stage.Owner));
        Assert.False(string.IsNullOrWhiteSpace(answer.Stage.MeasuredBy));
    }

    [Fact]
    public async Task Buyer_stages_carry_focus_and_typical_collateral()
    {
        var answer = await _catalog.AskAsync<StageAnswer>("stage awareness");
        Assert.False(string.IsNullOrWhiteSpace(answer.Stage.Focus));
        Assert.NotEmpty(answer.Stage.TypicalCollateral);
        Assert.Equal("consideration", answer.Next!.Key);
    }

    [Fact]
    public async Task Gaps_show_the_default_catalogs_deliberate_holes_and_its_stale_cell()
    {
        var answer = await _catalog.AskAsync<GapMapAnswer>("gaps");
        var core = new[] { "ci", "cd", "devsecops", "gitops" };

        Assert.Equal(
            [new GapCell("ci", "decision", "executive"), new GapCell("cd", "awareness", "contributor"),
             new GapCell("devsecops", "consideration", "manager"), new GapCell("gitops", "decision", "contributor")],
            answer.Empty.Where(c => core.Contains(c.UseCase)));
        Assert.Equal([new GapCell("gitops", "awareness", "executive")], answer.Stale.Where(c => core.Contains(c.UseCase)));
        Assert.Equal(answer.UseCases.Count * 9, answer.CellCount);
    }

    [Fact]
    public async Task Gaps_for_one_use_case_only_list_its_cells()
    {
        var answer = await _catalog.AskAsync<GapMapAnswer>("gaps gitops");
        Assert.All(answer.Empty.Concat(answer.Stale), c => Assert.Equal("gitops", c.UseCase));
        Assert.Equal(9, answer.CellCount);
    }

    [Fact]
    public async Task A_cell_becomes_stale_when_the_clock_passes_the_freshness_window()
    {
        Assert.Empty((await _catalog.AskAsync<GapMapAnswer>("gaps ci")).Stale); // fresh before the clock moves
        _catalog.Clock.Advance(TimeSpan.FromDays(3 * 365));
        var answer = await _catalog.AskAsync<GapMapAnswer>("gaps ci");
        Assert.NotEmpty(answer.Stale);
    }

    [Theory]
    [InlineData("which collateral fits consideration for CI managers?", typeof(CollateralListAnswer))]
    [InlineData("what next for ci at mql?", typeof(CollateralListAnswer))]
    [InlineData("value play for gitops", typeof(PlayAnswer))]
    [InlineData("any gaps in devsecops?", typeof(GapMapAnswer))]
    [InlineData("hello there", typeof(HelpAnswer))]
    public async Task Mentions_and_DMs_are_read_with_the_same_vocabulary(string text, Type expected)
    {
        var answer = await _catalog.AskAsync(text, freeText: true);
        Assert.IsType(expected, answer);
    }

    [Fact]
    public async Task A_free_question_for_what_comes_next_is_a_next_offer()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("what next for ci at inquiry?", freeText: true);
        Assert.Equal(ListKind.NextOffer, answer.Kind);
        Assert.Equal("consideration", answer.Stage.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task Help_lists_every_command_with_an_example(string text)
    {
        var answer = await _catalog.AskAsync<HelpAnswer>(text);
        Assert.All(answer.Commands, c => Assert.False(string.IsNullOrWhiteSpace(c.Example)));
        Assert.Contains(answer.Commands, c => c.Usage.StartsWith("next-offer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversized_question_is_refused_without_work()
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>("next-offer " + new string('x', 11_000));
        Assert.Contains("at most", answer.Problem);
    }
}
