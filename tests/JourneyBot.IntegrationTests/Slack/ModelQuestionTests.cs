using System.Diagnostics;
using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>With a model configured, a slash command the built-in reader cannot map is answered from the model's reading, within Slack's 3 s.</summary>
public sealed class ModelQuestionTests : IAsyncLifetime
{
    private const string Question = "what should I hand to someone who just asked about pipelines at the start?";

    private FakeOpenAiServer _model = null!;
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        _model.ReplyContent = """{"kind":"next-offer","use_case":"pipelines","stage":"inquiry","persona":"manager","motion":null,"words":[]}""";
        _app = await JourneyBotApp.StartAsync(new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _model.BaseUrl.AbsoluteUri, ["Ai:Model"] = "test-model", ["Ai:ApiKey"] = "sk-test-not-real",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task A_slash_command_the_parser_cannot_read_is_answered_from_the_models_reading_and_says_so()
    {
        var response = await _app.CommandAsync(Question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var blocks = doc.RootElement.GetProperty("blocks");
        Assert.Contains("Read by the AI model as `/journey next-offer ci awareness manager`", blocks[0].GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Consideration", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer sk-test-not-real", _model.SingleRequest.Authorization);
    }

    [Fact]
    public async Task A_model_too_late_leaves_the_built_in_answer_within_slacks_three_seconds()
    {
        _model.Delay = TimeSpan.FromSeconds(10);
        await _app.CommandAsync("next-offer ci inquiry"); // the app is warm: what is measured is the wait on the model
        var clock = Stopwatch.StartNew();

        var response = await _app.CommandAsync(Question);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("Read as: search", json, StringComparison.Ordinal); // the built-in reading stands
        Assert.DoesNotContain("Read by the AI model", json, StringComparison.Ordinal);
        Assert.Single(_model.Requests);
    }
}
