using System.Diagnostics;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Journeys;

/// <summary>With a model configured, questions the built-in reader cannot map are read by the model (a local fake).</summary>
public sealed class ModelQuestionTests : IAsyncLifetime
{
    private const string Question = "what should I hand to someone who just asked about pipelines at the start?";

    private FakeOpenAiServer _model = null!;
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        // The longest budget allowed, for a cold first call on a loaded machine; the late-reply test uses the default.
        _catalog = await WithModelAsync(("Ai:QuestionTimeoutSeconds", "2.5"));
    }

    public async Task DisposeAsync()
    {
        await _catalog.DisposeAsync();
        await _model.DisposeAsync();
    }

    private Task<TestCatalog> WithModelAsync(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Ai:Endpoint"] = _model.BaseUrl.ToString(), ["Ai:Model"] = "fake-model" };
        foreach (var (key, value) in more) settings[key] = value;
        return TestCatalog.CreateAsync(settings);
    }

    [Fact]
    public async Task A_question_the_parser_cannot_read_is_answered_from_the_models_reading()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"ci","stage":"inquiry","persona":null,"motion":null,"words":[]}""";

        var read = await _catalog.AskAsync<ModelReadAnswer>(Question);

        Assert.Equal("next-offer ci awareness", read.Command);
        var list = Assert.IsType<CollateralListAnswer>(read.Answer);
        Assert.Equal(ListKind.NextOffer, list.Kind);
        Assert.Equal(("ci", "consideration"), (list.UseCase!.Key, list.Stage.Key));
        Assert.Contains(Question, _model.SingleRequest.PromptText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_play_reading_names_the_motion_first_and_narrows_by_the_use_case()
    {
        _model.ReplyContent = """{"kind":"play","use_case":"ci","motion":"ci-cd","persona":"executive"}""";

        var read = await _catalog.AskAsync<ModelReadAnswer>("what do I tell the big boss about our stuff?");

        Assert.Equal("play ci-cd ci executive", read.Command);
        var play = Assert.IsType<PlayAnswer>(read.Answer);
        Assert.Equal(("ci-cd", "executive"), (play.Motion.Key, play.Persona!.Key));
    }

    [Fact]
    public async Task Keys_the_model_invents_are_dropped_and_the_rest_is_answered()
    {
        _model.ReplyContent = """{"kind":"collateral","use_case":"ci","stage":"decision","persona":"cfo"}""";

        var read = await _catalog.AskAsync<ModelReadAnswer>(Question);

        Assert.Equal("collateral decision ci", read.Command);
        Assert.Null(Assert.IsType<CollateralListAnswer>(read.Answer).Persona);
    }

    [Fact]
    public async Task A_reading_the_parser_cannot_make_a_request_of_leaves_the_built_in_answer()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"quantum","stage":"inquiry"}""";

        await _catalog.AskAsync<SearchAnswer>(Question);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Garbage_from_the_model_leaves_the_built_in_answer()
    {
        _model.ReplyContent = "I think they want the CI ebook!";

        await _catalog.AskAsync<SearchAnswer>(Question);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Invalid_json_from_the_model_leaves_the_built_in_answer()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"ci","stage":""";

        await _catalog.AskAsync<SearchAnswer>(Question);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task A_model_too_late_for_the_budget_leaves_the_built_in_answer_within_slacks_three_seconds()
    {
        await using var catalog = await WithModelAsync(); // the default budget, 2 s
        await catalog.SnapshotAsync();
        _model.ReplyContent = """{"kind":"next-offer","use_case":"ci","stage":"inquiry"}""";
        _model.Delay = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();

        await catalog.AskAsync<SearchAnswer>(Question);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task A_question_the_parser_reads_is_never_sent_to_the_model()
    {
        await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");
        await _catalog.AskAsync<HelpAnswer>("help", freeText: true);

        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task A_free_text_question_without_a_known_word_is_read_by_the_model()
    {
        _model.ReplyContent = """{"kind":"stage","stage":"consideration"}""";

        var read = await _catalog.AskAsync<ModelReadAnswer>("hey, what happens once they are nurtured?", freeText: true);

        Assert.Equal("stage consideration", read.Command);
        Assert.IsType<StageAnswer>(read.Answer);
    }

    [Fact]
    public async Task Without_a_model_configured_no_call_is_made_and_the_built_in_answer_stands()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        await catalog.AskAsync<SearchAnswer>(Question);

        Assert.Null(catalog.Services.GetService<ModelQuestionReader>());
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task The_answer_says_first_that_the_model_read_it_and_as_what()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"ci","stage":"inquiry","persona":"manager"}""";

        var message = AnswerMessages.Build(await _catalog.AskAsync<ModelReadAnswer>(Question));

        var note = Assert.IsType<ContextBlock>(message.Blocks![0]);
        Assert.Contains("Read by the AI model as `/journey next-offer ci awareness manager`", note.Elements[0].Text, StringComparison.Ordinal);
    }
}
