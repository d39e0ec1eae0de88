using System.Diagnostics;
using JourneyBot.Tagging.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace JourneyBot.Tagging.Tests.Ai;

/// <summary>Reading questions through Semantic Kernel and the real OpenAI connector, against a local fake model server.</summary>
public sealed class SemanticKernelQuestionModelTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ApiKey = "sk-test-9c2e41b7d0";
    private const string Question = "what should I hand to someone who just asked about pipelines at the start?";

    private static readonly QuestionVocabulary Vocabulary = new(DefaultVocabulary.Instance,
    [
        new("ci-cd", "CI/CD", "CI/CD", ["cicd", "gtm-ci-cd"]),
        new("devsecops", "DevSecOps", "DevSecOps", ["gtm-devsecops"]),
    ]);

    private readonly CapturingLoggerProvider _logs = new();
    private FakeOpenAiServer _model = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _model.BaseUrl.ToString(),
            ["Ai:ApiKey"] = ApiKey,
            ["Ai:Model"] = "fake-model",
            // The longest budget allowed, for a cold first call on a loaded machine.
            ["Ai:QuestionTimeoutSeconds"] = "2.5",
        }).Build();
        _services = new ServiceCollection()
            // Information: what production logs. (Semantic Kernel traces rendered prompts, the question in them, below that.)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(_logs))
            .AddTagging(configuration)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in _logs.Lines)
            output.WriteLine(line);
        await _services.DisposeAsync();
        await _model.DisposeAsync();
    }

    private Task<QuestionReading?> ReadAsync(string question = Question) =>
        _services.GetRequiredService<IQuestionModel>().ReadAsync(question, Vocabulary, CancellationToken.None);

    private static (string, string?, string?, string?, string?) Keys(QuestionReading? reading)
    {
        Assert.NotNull(reading);
        return (reading.Kind, reading.UseCase, reading.Stage, reading.Persona, reading.Motion);
    }

    [Fact]
    public async Task A_reply_is_read_into_its_kind_and_vocabulary_keys_even_when_written_as_names_or_aliases()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"Pipelines","stage":"inquiry","persona":"Director","motion":"CI/CD","words":[]}""";

        var reading = await ReadAsync();

        Assert.Equal(("next-offer", "ci", "awareness", "manager", "ci-cd"), Keys(reading));
    }

    [Fact]
    public async Task The_prompt_carries_the_question_and_every_key_with_its_other_names()
    {
        await ReadAsync();

        var prompt = _model.SingleRequest.PromptText;
        Assert.Contains(Question, prompt, StringComparison.Ordinal);
        Assert.All(DefaultVocabulary.Instance.Stages.Concat(DefaultVocabulary.Instance.Personas).Concat(DefaultVocabulary.Instance.UseCases).Concat(Vocabulary.Motions),
            term => Assert.Contains($"- {term.Key} (", prompt, StringComparison.Ordinal));
        Assert.Contains("also: inquiry, raw", prompt, StringComparison.Ordinal);
        Assert.Equal("json_object", _model.SingleRequest.Property("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Keys_outside_the_vocabulary_are_dropped_and_the_rest_kept()
    {
        _model.ReplyContent = """{"kind":"collateral","use_case":"blockchain","stage":"decision","persona":"cfo","motion":null}""";

        var reading = await ReadAsync();

        Assert.Equal(("collateral", null, "decision", null, null), Keys(reading));
        Assert.Contains("Dropped a use case", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_with_only_unknown_keys_gives_no_reading()
    {
        _model.ReplyContent = """{"kind":"gaps","use_case":"blockchain","stage":"later","persona":"cfo"}""";

        Assert.Null(await ReadAsync());
    }

    [Fact]
    public async Task A_kind_that_is_not_a_request_gives_no_reading()
    {
        _model.ReplyContent = """{"kind":"delete-catalog","use_case":"ci","stage":"awareness"}""";

        Assert.Null(await ReadAsync());
    }

    [Fact]
    public async Task Garbage_text_gives_no_reading()
    {
        _model.ReplyContent = "Sure! They should get the CI ebook, next-offer ci awareness.";

        Assert.Null(await ReadAsync());
        Assert.Contains("not a JSON object", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_gives_no_reading()
    {
        _model.ReplyContent = """{"kind":"next-offer","use_case":"ci",stage:awareness}""";

        Assert.Null(await ReadAsync());
    }

    [Fact]
    public async Task Search_words_the_question_does_not_contain_are_dropped()
    {
        _model.ReplyContent = """{"kind":"search","words":["webinars","kubernetes","Jenkins"]}""";

        var reading = await ReadAsync("any webinars comparing us with jenkins?");

        Assert.Equal(["webinars", "Jenkins"], reading!.Words);
    }

    [Fact]
    public async Task A_late_reply_gives_no_reading_within_the_budget()
    {
        _model.Delay = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();

        var reading = await ReadAsync();

        Assert.Null(reading);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Contains("within 2.5 s", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_gives_no_reading_and_logs_the_status_without_the_body()
    {
        _model.StatusCode = 500;
        _model.ErrorBody = $$$"""{"error":{"message":"cannot read: {{{Question}}} (key {{{ApiKey}}})","type":"server_error"}}""";

        Assert.Null(await ReadAsync());
        Assert.Contains("HTTP 500", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_the_question_nor_the_api_key_reaches_the_logs()
    {
        _model.ReplyContent = $$"""I cannot answer "{{Question}}" as JSON""";

        await ReadAsync();

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain("pipelines at the start", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, _logs.AllText, StringComparison.Ordinal);
    }
}
