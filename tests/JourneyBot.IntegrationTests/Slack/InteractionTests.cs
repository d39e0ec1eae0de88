using System.Net;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Slack;

public sealed class InteractionTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Submission(string title, string url, string[] stages, string[] useCases, string[]? personas = null) => JsonSerializer.Serialize(new
    {
        type = "view_submission",
        user = new { id = "U123" },
        team = new { id = "T1" },
        view = new
        {
            id = "V1", callback_id = "add_collateral", private_metadata = "{\"Channel\":\"C123\"}",
            state = new
            {
                values = new Dictionary<string, object>
                {
                    ["title"] = new { value = new { type = "plain_text_input", value = title } },
                    ["url"] = new { value = new { type = "plain_text_input", value = url } },
                    ["stages"] = new { value = new { type = "multi_static_select", selected_options = stages.Select(s => new { value = s }) } },
                    ["personas"] = new { value = new { type = "multi_static_select", selected_options = (personas ?? ["manager"]).Select(s => new { value = s }) } },
                    ["use_cases"] = new { value = new { type = "multi_static_select", selected_options = useCases.Select(s => new { value = s }) } },
                },
            },
        },
    });

    [Fact]
    public async Task A_modal_submit_with_a_bad_url_gets_a_field_error_and_stores_nothing()
    {
        var response = await _app.InteractionAsync(Submission("Shiny guide", "javascript:alert(1)", ["decision"], ["ci"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("errors", doc.RootElement.GetProperty("response_action").GetString());
        Assert.Contains("http or https", doc.RootElement.GetProperty("errors").GetProperty("url").GetString());
        Assert.DoesNotContain("Shiny guide", await (await _app.CommandAsync("collateral decision ci")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_valid_modal_submit_stores_the_item_and_confirms_it()
    {
        var response = await _app.InteractionAsync(Submission("Shiny guide", "https://x.example/shiny", ["decision"], ["ci"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync()); // empty 200 closes the modal
        var confirmation = Assert.Single(_app.Slack.CallsTo("chat.postEphemeral")).Json;
        Assert.Equal("U123", confirmation.GetProperty("user").GetString());
        Assert.Contains("Shiny guide", await (await _app.CommandAsync("collateral decision ci")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_modal_submit_without_a_persona_gets_a_field_error_and_stores_nothing()
    {
        var response = await _app.InteractionAsync(Submission("Persona-less guide", "https://x.example/nobody", ["decision"], ["ci"], personas: []));

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("errors", doc.RootElement.GetProperty("response_action").GetString());
        Assert.Contains("Every persona", doc.RootElement.GetProperty("errors").GetProperty("personas").GetString());
        Assert.DoesNotContain("Persona-less guide", await (await _app.CommandAsync("collateral decision ci")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_modal_submit_with_every_persona_chosen_stores_the_item_for_every_persona()
    {
        var response = await _app.InteractionAsync(Submission("Guide for all", "https://x.example/all", ["decision"], ["ci"], personas: ["every-persona"]));

        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var listed = await (await _app.CommandAsync("collateral decision ci")).Content.ReadAsStringAsync();
        Assert.Contains("Guide for all", listed);
        Assert.Contains("every persona", listed);
    }

    [Fact]
    public async Task The_more_button_posts_the_next_page_to_the_response_url()
    {
        var first = JsonDocument.Parse(await (await _app.CommandAsync("next-offer ci inquiry")).Content.ReadAsStringAsync()).RootElement;
        var button = first.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions")
            .GetProperty("elements")[0];
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = "U123" }, team = new { id = "T1" }, channel = new { id = "C123" },
            trigger_id = "1.2.3", response_url = new Uri(_app.Slack.BaseUrl, "/hooks/more").AbsoluteUri,
            actions = new[] { new { action_id = button.GetProperty("action_id").GetString(), block_id = "b", type = "button", value = button.GetProperty("value").GetString(), action_ts = "1" } },
        });

        Assert.Equal(HttpStatusCode.OK, (await _app.InteractionAsync(payload)).StatusCode);

        await _app.WaitForAsync(() => _app.Slack.CallsTo("more").Count == 1);
        var page = _app.Slack.CallsTo("more")[0];
        Assert.True(page.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Showing 6–", page.Body);
        Assert.Null(page.Authorization); // a response_url needs no token, and gets none
    }
}
