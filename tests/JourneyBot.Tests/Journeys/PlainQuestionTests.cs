using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Tests.Journeys;

/// <summary>Questions typed as people talk: read for what they name, the rest read past and said so.</summary>
public sealed class PlainQuestionTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;
    private CatalogSnapshot _snapshot = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        _snapshot = await _catalog.SnapshotAsync();
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private JourneyRequest Parse(string text) => QuestionParser.Parse(text, _snapshot, freeText: true);

    [Fact]
    public void One_unknown_word_does_not_reject_a_question_that_names_terms()
    {
        var request = Assert.IsType<NextOfferRequest>(Parse("what next for the zorblax ci team at mql?"));
        Assert.Equal(("ci", "consideration"), (request.UseCase, request.Stage));
        Assert.Contains("zorblax", request.ReadAs!.Ignored);
    }

    [Fact]
    public void A_word_close_to_a_term_of_a_kind_already_named_is_not_corrected()
    {
        // "engineering" starts with "engineer" (a contributor): a VP of Engineering stays an executive, whether the
        // title is in the catalog's job titles or not.
        var request = Assert.IsType<NextOfferRequest>(Parse("what should I send a VP of Engineering at an MQL for CI?"));
        Assert.Equal("executive", request.Persona);
        var untitled = Assert.IsType<NextOfferRequest>(Parse("what should I send a VP, engineering at an MQL for CI?"));
        Assert.Equal("executive", untitled.Persona);
    }

    [Fact]
    public void A_likely_typo_of_a_kind_not_named_gets_did_you_mean()
    {
        var answer = Assert.IsType<NotUnderstoodAnswer>(Assert.IsType<UnreadableRequest>(Parse("which collateral fits consideraton for ci?")).Problem);
        Assert.Equal("consideration", Assert.Single(answer.Unknown).Suggestions[0]);
    }

    [Fact]
    public void Command_syntax_still_suggests_a_correction_for_an_unknown_word()
    {
        var answer = Assert.IsType<NotUnderstoodAnswer>(Assert.IsType<UnreadableRequest>(Parse("next-offer ci inquiri")).Problem);
        Assert.Equal("inquiry", Assert.Single(answer.Unknown).Suggestions[0]);
    }

    [Theory]
    [InlineData("who is responsible for the decision stage?", "decision")]
    [InlineData("explain the consideration stage", "consideration")]
    [InlineData("what is the awareness stage", "awareness")]
    [InlineData("what does SAO mean", "decision")]
    public void Phrasing_that_asks_what_a_stage_is_or_who_owns_it_is_a_stage_question(string text, string stage) =>
        Assert.Equal(stage, Assert.IsType<StageRequest>(Parse(text)).Stage);

    [Fact]
    public async Task Asking_who_owns_a_stage_is_answered_with_its_owner_and_measure_first()
    {
        var owner = await _catalog.AskAsync<StageAnswer>("who is responsible for the decision stage?", freeText: true);
        var definition = await _catalog.AskAsync<StageAnswer>("explain the decision stage", freeText: true);

        var first = Assert.IsType<SectionBlock>(AnswerMessages.Build(owner).Blocks![1]);
        Assert.StartsWith($"*{owner.Stage.Owner}* owns {owner.Stage.Name}, measured by {owner.Stage.MeasuredBy}", ((MarkdownText)first.Text!).Text);
        Assert.False(definition.OwnerAsked);
        Assert.DoesNotContain(" owns ", ((MarkdownText)((SectionBlock)AnswerMessages.Build(definition).Blocks![1]).Text!).Text);
    }

    [Fact]
    public void What_a_prospect_did_sets_their_stage()
    {
        Assert.Equal("awareness", Assert.IsType<NextOfferRequest>(Parse("my CD lead just downloaded the ebook, what now?")).Stage);
        Assert.Equal("consideration", Assert.IsType<NextOfferRequest>(Parse("prospect watched the demo for ci, what do I send?")).Stage);
        Assert.Equal("decision", Assert.IsType<NextOfferRequest>(Parse("they requested a trial of gitops, what to send")).Stage);
    }

    [Fact]
    public void A_collateral_type_with_a_stage_narrows_the_list_to_that_type()
    {
        var request = Assert.IsType<NextOfferRequest>(Parse("send a devsecops ebook to a new inquiry"));
        Assert.Equal(("devsecops", "awareness", "ebook"), (request.UseCase, request.Stage, request.Type));
    }

    [Fact]
    public async Task A_list_narrowed_to_a_type_holds_only_that_type()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("awareness webinars for ci", freeText: true);
        Assert.NotEmpty(answer.Items);
        Assert.All(answer.Items, i => Assert.Equal("Webinar", i.Type));
    }

    [Fact]
    public void A_question_with_no_term_is_a_search_for_its_words()
    {
        var request = Assert.IsType<SearchRequest>(Parse("we need something that compares us with Jenkins"));
        Assert.Equal("compares jenkins", request.Query);
    }

    [Fact]
    public void Search_and_find_are_commands()
    {
        Assert.Equal("roi calculator", Assert.IsType<SearchRequest>(Parse("search ROI calculator")).Query);
        Assert.Equal("ci", Assert.IsType<SearchRequest>(Parse("find webinars ci")).UseCase);
    }

    [Fact]
    public async Task The_answer_to_a_plain_question_says_how_it_was_read()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("got anything at mql for devsecops managers? thx", freeText: true);
        var readAs = Assert.IsType<ReadAs>(answer.ReadAs);
        Assert.Equal("collateral", readAs.Intent);
        Assert.Equal(["DevSecOps", "Consideration", "Manager"], readAs.Understood);
        Assert.Equal(["got", "anything", "thx"], readAs.Ignored);
    }

    [Fact]
    public async Task A_command_answer_carries_no_read_as_line()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");
        Assert.Null(answer.ReadAs);
    }

    [Fact]
    public async Task Slack_shows_the_read_as_line_once_as_the_last_context_block()
    {
        var message = AnswerMessages.Build(await _catalog.AskAsync("what next for devsecops managers at inquiry, got anything?", freeText: true));
        var last = Assert.IsType<ContextBlock>(message.Blocks![^1]);
        var text = Assert.IsType<MarkdownText>(Assert.Single(last.Elements)).Text;
        Assert.Equal("Read as: next offer · DevSecOps · Awareness → Consideration · Manager; ignored: got, anything", text);
        Assert.Single(message.Blocks!, b => b is ContextBlock c && c.Elements.OfType<MarkdownText>().Any(e => e.Text.StartsWith("Read as", StringComparison.Ordinal)));
        Assert.Contains("Read as: next offer", TerminalText.Render(message));
    }

    [Theory]
    [InlineData("@JourneyBot what next for ci at mql", "what next for ci at mql")]
    [InlineData("@journeybot: gaps ci", "gaps ci")]
    [InlineData("  @JOURNEYBOT, help", "help")]
    [InlineData("@JourneyBot", "")]
    [InlineData("@JourneyBotty gaps", "@JourneyBotty gaps")]
    [InlineData("gaps @JourneyBot", "gaps @JourneyBot")]
    public void Ask_strips_a_leading_mention_of_the_bot(string typed, string question) =>
        Assert.Equal(question, AskVerb.WithoutMention(typed));
}
