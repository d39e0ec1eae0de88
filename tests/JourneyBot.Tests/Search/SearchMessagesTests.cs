using JourneyBot.Messages;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Tests.Search.SearchCatalog;

namespace JourneyBot.Tests.Search;

/// <summary>How a search answer reads in Slack and at the terminal.</summary>
public sealed class SearchMessagesTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<SlackMessage> MessageFor(string query, string? useCase = null, string? persona = null) =>
        AnswerMessages.Build(await SearchAsync(_catalog, query, useCase: useCase, persona: persona));

    [Theory]
    [InlineData("calculators", null, null)]
    [InlineData("case studies", "cd", "executive")]
    [InlineData("marketing", null, null)]
    [InlineData("calculator jenkins", null, null)]
    [InlineData("podcast", "ci", null)]
    [InlineData("calculator", null, "contributor")]
    public async Task Every_search_answer_is_within_Block_Kit_limits_with_a_fallback_text(string query, string? useCase, string? persona)
    {
        var message = await MessageFor(query, useCase, persona);
        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
    }

    [Fact]
    public async Task Matches_show_link_type_owner_and_date_with_what_was_searched_and_the_narrowing()
    {
        var text = TerminalText.Render(await MessageFor("case studies", useCase: "cd", persona: "executive"));

        Assert.Contains("Shipping Daily at a Retail Leader (https://s.example/cs-cd-exec)", text);
        Assert.Contains("Case study", text);
        Assert.Contains("owner: Customer Marketing", text);
        Assert.Contains("updated 2026-04-01", text);
        Assert.Contains("for case, studies, narrowed to Continuous Delivery · Executive", text.Replace("\n", " "));
    }

    [Fact]
    public async Task A_long_result_offers_the_next_page()
    {
        var message = await MessageFor("marketing");
        var more = Assert.Single(message.Blocks!.OfType<ActionsBlock>());
        Assert.Equal(ListMessages.MoreActionId, Assert.IsType<Button>(Assert.Single(more.Elements)).ActionId);
        Assert.Equal(new ListMessages.MorePage("search marketing", 5), ListMessages.ReadMoreValue(((Button)more.Elements[0]).Value));
    }

    [Fact]
    public async Task Nothing_found_says_so_and_points_to_gaps_and_next_offer()
    {
        var text = TerminalText.Render(await MessageFor("podcast", useCase: "ci"));

        Assert.Contains("Nothing in the catalog matches \"podcast\" for Continuous Integration.", text);
        Assert.Contains("/journey gaps ci", text);
        Assert.Contains("/journey next-offer", text);
    }

    [Fact]
    public async Task A_search_falling_back_to_any_word_says_no_item_has_them_all()
    {
        var text = TerminalText.Render(await MessageFor("calculator jenkins"));
        Assert.Contains("No item has all of the words", text);
    }

    [Fact]
    public async Task Markup_typed_into_a_search_never_reaches_the_message()
    {
        var json = SlackJson.Serialize(await MessageFor("<!channel> roi"));
        Assert.DoesNotContain("<!channel>", json);
    }
}
