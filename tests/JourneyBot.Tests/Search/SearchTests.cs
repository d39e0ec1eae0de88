using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using static JourneyBot.Tests.Search.SearchCatalog;

namespace JourneyBot.Tests.Search;

/// <summary>The search command over a real SQLite catalog: stemming, ranking, narrowing, fallback, the query log.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task Calculators_finds_the_ROI_Calculator_by_its_stem()
    {
        var answer = await SearchAsync(_catalog, "calculators");
        Assert.Equal(["https://s.example/roi"], Urls(answer));
        Assert.Equal(SearchMatch.AllWords, answer.Match);
    }

    [Fact]
    public async Task Comparing_finds_the_Comparison_by_the_prefix_of_its_stem()
    {
        // Porter stems "comparing" to "compar" but leaves "comparison" whole: the prefix of the stem joins them.
        var answer = await SearchAsync(_catalog, "comparing");
        Assert.Equal(["https://s.example/compare"], Urls(answer));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_fresher_description_match()
    {
        var answer = await SearchAsync(_catalog, "pipeline");
        Assert.Equal(["https://s.example/pipeline", "https://s.example/notes"], Urls(answer));
    }

    [Fact]
    public async Task Case_studies_for_cd_executives_narrows_the_type_matches_to_the_use_case_and_persona()
    {
        var answer = await SearchAsync(_catalog, "case studies", useCase: "cd", persona: "executive");
        Assert.Equal(["https://s.example/cs-cd-exec"], Urls(answer));
        Assert.Equal(["case", "studies"], answer.Words);
    }

    [Fact]
    public async Task Narrowing_by_persona_keeps_items_for_every_persona()
    {
        var answer = await SearchAsync(_catalog, "case study", persona: "contributor");
        Assert.Equal(["https://s.example/cs-cd-dev", "https://s.example/cs-gitops"], Urls(answer).Order());
    }

    [Fact]
    public async Task Narrowing_by_stage_keeps_only_items_of_that_stage()
    {
        var answer = await SearchAsync(_catalog, "case study", stage: "consideration");
        Assert.Equal(["https://s.example/cs-gitops"], Urls(answer));
    }

    [Fact]
    public async Task Words_no_item_has_together_fall_back_to_items_with_any_of_them()
    {
        var answer = await SearchAsync(_catalog, "calculator jenkins");
        Assert.Equal(SearchMatch.AnyWord, answer.Match);
        Assert.Equal(["https://s.example/compare", "https://s.example/roi"], Urls(answer).Order());
    }

    [Fact]
    public async Task Common_words_are_not_searched_for()
    {
        var answer = await SearchAsync(_catalog, "the ROI calculator for the CI team");
        Assert.Equal(["roi", "calculator", "ci", "team"], answer.Words);
        Assert.Equal(SearchMatch.AnyWord, answer.Match); // no item has "team"
        Assert.Equal("https://s.example/roi", Urls(answer)[0]);
    }

    [Fact]
    public async Task Nothing_found_is_said_and_recorded_as_a_search_in_the_query_log()
    {
        var answer = await SearchAsync(_catalog, "podcast", useCase: "ci");
        Assert.Equal(SearchMatch.Nothing, answer.Match);
        Assert.Empty(answer.Items);
        await using var db = await _catalog.DbAsync();
        var entry = Assert.Single(await db.QueryLog.ToListAsync());
        Assert.Equal(("search", "ci", "search podcast"), (entry.Command, entry.UseCaseKey, entry.Question));
    }

    [Fact]
    public async Task A_search_that_finds_items_is_not_recorded_as_a_gap()
    {
        await SearchAsync(_catalog, "calculator");
        await using var db = await _catalog.DbAsync();
        Assert.Empty(await db.QueryLog.ToListAsync());
    }

    [Fact]
    public async Task When_the_narrowing_leaves_nothing_the_items_the_words_alone_find_are_shown()
    {
        var answer = await SearchAsync(_catalog, "calculator", persona: "contributor");
        Assert.Equal(SearchMatch.Nothing, answer.Match);
        Assert.Equal(["https://s.example/roi"], answer.WithoutNarrowing.Select(i => i.Url));
    }

    [Fact]
    public async Task Results_are_paged_five_at_a_time()
    {
        var first = await SearchAsync(_catalog, "marketing");
        var second = await SearchAsync(_catalog, "marketing", offset: first.Items.Count);
        Assert.Equal((5, 9, true), (first.Items.Count, first.Total, first.HasMore));
        Assert.Equal((4, false), (second.Items.Count, second.HasMore));
        Assert.Empty(Urls(first).Intersect(Urls(second)));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("OR")]
    [InlineData("()")]
    [InlineData("the of and")]
    public async Task A_search_without_searchable_words_asks_for_words(string query)
    {
        var answer = Assert.IsType<NeedMoreAnswer>(await AskAsync(_catalog, query));
        Assert.Contains("search", answer.Usage);
    }

    [Theory]
    [InlineData("\"roi calculator\"")]
    [InlineData("roi*")]
    [InlineData("NEAR(roi calculator)")]
    [InlineData("roi OR calculator")]
    [InlineData("-roi calculator")]
    [InlineData("roi AND NOT calculator")]
    [InlineData("title:roi")]
    [InlineData("{title} : roi ^ calculator")]
    [InlineData("roi'); DROP TABLE \"Collateral\"; --")]
    [InlineData("roi & calculator | !x <-> y:*")]
    public async Task Query_syntax_in_the_words_is_read_as_words(string query)
    {
        var answer = await SearchAsync(_catalog, query);
        Assert.Contains("https://s.example/roi", Urls(answer));
        await using var db = await _catalog.DbAsync();
        Assert.Equal(9, await db.Collateral.CountAsync());
    }

    [Fact]
    public async Task Two_thousand_characters_are_answered_with_the_first_twelve_words()
    {
        var query = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"w{i}x")).PadRight(2_000, '"')[..2_000];
        var answer = await SearchAsync(_catalog, query);
        Assert.Equal(12, answer.Words.Count);
        Assert.Equal(SearchMatch.Nothing, answer.Match);
    }
}
