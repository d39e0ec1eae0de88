using System.Net;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>
/// Chat never changes the catalog by itself: <c>add</c> from a mention, a DM or a slash command without a trigger answers
/// with a button that opens the add form; only a submitted form stores the item. <c>Catalog:Editors</c> holds on every path.
/// </summary>
public sealed class AddConfirmationTests
{
    private const string Url = "https://evil.example/phish";
    private const string AddText = "add " + Url + " Official Pricing Sheet";
    private static readonly Dictionary<string, string?> OnlyEditor = new() { ["Catalog:Editors:0"] = "UEDITOR" };

    private static string Mention(string text, string user = "U123") => JsonSerializer.Serialize(new
    {
        type = "event_callback", team_id = "T1", api_app_id = "A1", event_id = "Ev" + Guid.NewGuid().ToString("N"), event_time = 1700000000,
        @event = new { type = "app_mention", user, text = "<@UBOT> " + text, ts = "1700000000.000100", channel = "C9", event_ts = "1700000000.000100" },
    });

    private static string DirectMessage(string text) => JsonSerializer.Serialize(new
    {
        type = "event_callback", team_id = "T1", api_app_id = "A1", event_id = "EvDm", event_time = 1700000000,
        @event = new { type = "message", channel_type = "im", channel = "D1", user = "U123", text, ts = "1700000001.000100" },
    });

    private static string Click(JourneyBotApp app, JsonElement button, string user = "U123") => JsonSerializer.Serialize(new
    {
        type = "block_actions", user = new { id = user }, team = new { id = "T1" }, channel = new { id = "C9" },
        trigger_id = "42.43.click", response_url = new Uri(app.Slack.BaseUrl, "/hooks/clicked").AbsoluteUri,
        actions = new[] { new { action_id = button.GetProperty("action_id").GetString(), block_id = "b", type = "button", value = button.GetProperty("value").GetString(), action_ts = "1" } },
    });

    /// <summary>A view_submission of the add form with the values it was opened with, and any use cases the person picked.</summary>
    private static string SubmitAsOpened(JsonElement view, string user = "U123", string[]? pickedUseCases = null)
    {
        var values = new Dictionary<string, object>();
        foreach (var block in view.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "input"))
        {
            var element = block.GetProperty("element");
            values[block.GetProperty("block_id").GetString()!] = element.GetProperty("type").GetString() == "plain_text_input"
                ? new { value = new { type = "plain_text_input", value = element.TryGetProperty("initial_value", out var v) ? v.GetString() : null } }
                : new
                {
                    value = new
                    {
                        type = "multi_static_select",
                        selected_options = (block.GetProperty("block_id").GetString() == "use_cases" && pickedUseCases is not null ? pickedUseCases
                            : element.TryGetProperty("initial_options", out var o) ? o.EnumerateArray().Select(x => x.GetProperty("value").GetString()!).ToArray() : [])
                            .Select(x => new { value = x }).ToArray(),
                    },
                };
        }
        return JsonSerializer.Serialize(new
        {
            type = "view_submission", user = new { id = user }, team = new { id = "T1" },
            view = new
            {
                id = "V1", callback_id = view.GetProperty("callback_id").GetString(), private_metadata = view.GetProperty("private_metadata").GetString(),
                state = new { values },
            },
        });
    }

    private static async Task<JsonElement> ReplyAsync(JourneyBotApp app, string json)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.EventAsync(json)).StatusCode);
        await app.WaitForAsync(() => app.Slack.CallsTo("chat.postMessage").Count == 1);
        return app.Slack.CallsTo("chat.postMessage")[0].Json;
    }

    private static JsonElement? AddFormButton(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Where(e => e.GetProperty("action_id").GetString() == "journey_add_form")
            .Select(e => (JsonElement?)e).FirstOrDefault();

    private static async Task<CollateralItem?> StoredAsync(JourneyBotApp app) =>
        (await app.Services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(CancellationToken.None)).FindByUrl(Url);

    [Fact]
    public async Task A_mention_add_stores_nothing_and_answers_with_a_button_that_opens_the_add_form()
    {
        await using var app = await JourneyBotApp.StartAsync();

        var reply = await ReplyAsync(app, Mention(AddText));

        Assert.NotNull(AddFormButton(reply));
        Assert.Contains("Official Pricing Sheet", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task A_DM_add_stores_nothing_and_answers_with_the_add_form_button()
    {
        await using var app = await JourneyBotApp.StartAsync();

        var reply = await ReplyAsync(app, DirectMessage(AddText));

        Assert.NotNull(AddFormButton(reply));
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task A_slash_command_add_without_a_trigger_id_stores_nothing_and_answers_with_the_add_form_button()
    {
        await using var app = await JourneyBotApp.StartAsync();

        var response = await app.PostSignedAsync("/slack/commands", JourneyBotApp.CommandForm(AddText, triggerId: null), "application/x-www-form-urlencoded");

        Assert.NotNull(AddFormButton(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task Clicking_the_button_opens_the_same_prefilled_form_as_the_slash_command_with_the_clicks_trigger_id()
    {
        await using var app = await JourneyBotApp.StartAsync();
        await app.CommandAsync(AddText);
        var slashView = Assert.Single(app.Slack.CallsTo("views.open")).Json.GetProperty("view").GetRawText();
        var reply = await ReplyAsync(app, Mention(AddText));

        Assert.Equal(HttpStatusCode.OK, (await app.InteractionAsync(Click(app, AddFormButton(reply)!.Value))).StatusCode);

        await app.WaitForAsync(() => app.Slack.CallsTo("views.open").Count == 2);
        var open = app.Slack.CallsTo("views.open")[1].Json;
        Assert.Equal("42.43.click", open.GetProperty("trigger_id").GetString());
        // Same fields, values and tags; only the channel to confirm in differs (C123 for the command, C9 for the mention).
        Assert.Equal(slashView.Replace("C123", "C9", StringComparison.Ordinal), open.GetProperty("view").GetRawText());
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task Submitting_the_form_opened_from_the_button_stores_the_item()
    {
        await using var app = await JourneyBotApp.StartAsync();
        var reply = await ReplyAsync(app, Mention(AddText));
        await app.InteractionAsync(Click(app, AddFormButton(reply)!.Value));
        await app.WaitForAsync(() => app.Slack.CallsTo("views.open").Count == 1);

        // The built-in tagger finds no use case in "Official Pricing Sheet": the person picks one before submitting.
        var submit = await app.InteractionAsync(SubmitAsOpened(app.Slack.CallsTo("views.open")[0].Json.GetProperty("view"), pickedUseCases: ["ci"]));

        Assert.Equal("", await submit.Content.ReadAsStringAsync()); // closes the modal: no field errors
        Assert.Equal("Official Pricing Sheet", (await StoredAsync(app))?.Title);
    }

    [Fact]
    public async Task A_non_editor_mention_add_is_refused_without_a_button()
    {
        await using var app = await JourneyBotApp.StartAsync(OnlyEditor);

        var reply = await ReplyAsync(app, Mention(AddText, user: "USOMEONE"));

        Assert.Null(AddFormButton(reply));
        Assert.Contains("Only collateral editors may add", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task A_non_editor_clicking_an_editors_add_form_button_is_refused_and_no_form_opens()
    {
        await using var app = await JourneyBotApp.StartAsync(OnlyEditor);
        var reply = await ReplyAsync(app, Mention(AddText, user: "UEDITOR"));

        await app.InteractionAsync(Click(app, AddFormButton(reply)!.Value, user: "USOMEONE"));

        await app.WaitForAsync(() => app.Slack.CallsTo("clicked").Count == 1);
        var refusal = app.Slack.CallsTo("clicked")[0];
        Assert.Contains("Only collateral editors may add", refusal.Body, StringComparison.Ordinal);
        Assert.Equal("ephemeral", refusal.Json.GetProperty("response_type").GetString());
        Assert.Empty(app.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task A_non_editor_submitting_the_add_form_gets_a_field_error_and_stores_nothing()
    {
        await using var app = await JourneyBotApp.StartAsync(OnlyEditor);
        await app.CommandAsync(AddText, user: "UEDITOR");
        var view = Assert.Single(app.Slack.CallsTo("views.open")).Json.GetProperty("view");

        var submit = await app.InteractionAsync(SubmitAsOpened(view, user: "USOMEONE", pickedUseCases: ["ci"]));

        using var doc = JsonDocument.Parse(await submit.Content.ReadAsStringAsync());
        Assert.Contains("Only collateral editors may add", doc.RootElement.GetProperty("errors").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Null(await StoredAsync(app));
    }

    [Fact]
    public async Task A_non_editor_slash_command_add_is_refused_and_opens_no_form()
    {
        await using var app = await JourneyBotApp.StartAsync(OnlyEditor);

        var response = await app.CommandAsync(AddText, user: "USOMEONE");

        Assert.Contains("Only collateral editors may add", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(app.Slack.CallsTo("views.open"));
    }
}
