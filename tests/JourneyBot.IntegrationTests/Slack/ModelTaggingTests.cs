using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>With a model configured, Slack gets built-in tags at once and the model's a moment later.</summary>
public sealed class ModelTaggingTests : IAsyncLifetime
{
    private FakeOpenAiServer _model = null!;
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        _model.ReplyContent = """{"stages":["consideration"],"personas":["executive"],"use_cases":["gitops","quantum"],"reason":"a comparison for leaders"}""";
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
    public async Task The_add_modal_opens_with_built_in_tags_and_is_updated_with_the_models()
    {
        var response = await _app.CommandAsync("add https://x.example/cmp Terraform ROI calculator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var opened = Assert.Single(_app.Slack.CallsTo("views.open")).Json.GetProperty("view");
        Assert.Equal("decision", InitialValues(opened, "stages")[0]); // built-in: "ROI calculator"
        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.update").Count == 1);
        var update = _app.Slack.CallsTo("views.update")[0].Json;
        Assert.Equal("V123", update.GetProperty("view_id").GetString());
        var view = update.GetProperty("view");
        Assert.Equal(["consideration"], InitialValues(view, "stages"));
        Assert.Equal(["gitops"], InitialValues(view, "use_cases")); // "quantum" is not in the vocabulary
        Assert.Contains("the AI model", view.GetRawText());
    }

    [Fact]
    public async Task Tag_answers_at_once_and_the_models_tags_follow_on_the_response_url()
    {
        var json = await (await _app.CommandAsync("tag Terraform ROI calculator")).Content.ReadAsStringAsync();
        Assert.Contains("built-in tagger", json);
        Assert.Contains("replace these in a moment", json);

        await _app.WaitForAsync(() => _app.Slack.CallsTo("commands").Count == 1); // the fake's /hooks/commands response_url
        var followUp = _app.Slack.CallsTo("commands")[0];
        Assert.True(followUp.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("the AI model", followUp.Body);
        Assert.Contains("a comparison for leaders", followUp.Body);
        Assert.Equal("Bearer sk-test-not-real", _model.SingleRequest.Authorization);
    }

    private static List<string> InitialValues(JsonElement view, string blockId) =>
        view.GetProperty("blocks").EnumerateArray()
            .Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == blockId)
            .GetProperty("element").GetProperty("initial_options").EnumerateArray()
            .Select(o => o.GetProperty("value").GetString()!).ToList();
}
