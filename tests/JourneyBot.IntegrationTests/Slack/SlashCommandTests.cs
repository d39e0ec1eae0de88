using System.Net;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Slack.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Slack;

public sealed class SlashCommandTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<int> QueryLogCountAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        return await db.QueryLog.CountAsync();
    }

    [Fact]
    public async Task A_signed_next_offer_is_answered_in_the_immediate_response()
    {
        var response = await _app.CommandAsync("next-offer ci inquiry");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", doc.RootElement.GetProperty("response_type").GetString());
        Assert.Contains("Consideration", doc.RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain(_app.Slack.Calls, c => c.Method != "auth.test"); // one round trip, no response_url
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("unsigned")]
    public async Task A_request_without_a_valid_signature_gets_401_and_changes_nothing(string kind)
    {
        var body = JourneyBotApp.CommandForm("next-offer nosuchthing inquiry");
        HttpResponseMessage response;
        if (kind == "unsigned")
        {
            response = await _app.Client.PostAsync("/slack/commands", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        }
        else
        {
            var ts = kind switch { "stale" => JourneyBotApp.Now - 6 * 60, "future" => JourneyBotApp.Now + 6 * 60, _ => JourneyBotApp.Now };
            var signature = kind == "forged" ? SlackRequestSigner.Sign("not-the-secret", ts, body) : null;
            response = await _app.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded", ts, signature);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await QueryLogCountAsync()); // the unknown word was never even read
    }

    [Fact]
    public async Task A_body_altered_after_signing_is_refused()
    {
        var body = JourneyBotApp.CommandForm("help");
        var ts = JourneyBotApp.Now;
        var response = await _app.PostSignedAsync("/slack/commands", body + "&x=1", "application/x-www-form-urlencoded", ts, SlackRequestSigner.Sign(JourneyBotApp.SigningSecret, ts, body));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_catalog_title_with_channel_mention_is_shown_escaped()
    {
        var result = await _app.ImportAsync("title,url,stages,use_cases\n<!channel> urgent: <!here> CI tour,https://x.example/ping,consideration,ci\n");
        Assert.True(result.Succeeded);

        var json = await (await _app.CommandAsync("collateral consideration ci")).Content.ReadAsStringAsync();

        Assert.Contains("&lt;!channel&gt; urgent: &lt;!here&gt; CI tour", json);
        Assert.DoesNotContain("<!channel>", json);
        Assert.DoesNotContain("<!here>", json);
    }

    [Fact]
    public async Task Oversized_text_gets_a_clear_message_not_a_server_error()
    {
        var response = await _app.CommandAsync("next-offer " + new string('x', 10_500));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too much text", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_words_get_did_you_mean()
    {
        var json = await (await _app.CommandAsync("next-offer devsecosp inquiry")).Content.ReadAsStringAsync();
        Assert.Contains("did you mean *devsecops*", json);
    }

    [Fact]
    public async Task Help_is_the_answer_to_an_empty_command()
    {
        var json = await (await _app.CommandAsync("")).Content.ReadAsStringAsync();
        Assert.Contains("/journey next-offer", json);
    }

    [Fact]
    public async Task Add_opens_a_prefilled_modal_with_the_trigger_id()
    {
        var response = await _app.CommandAsync("add <https://x.example/roi|roi> CI ROI calculator for platform teams");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var open = Assert.Single(_app.Slack.CallsTo("views.open"));
        var body = open.Json;
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", body.GetProperty("trigger_id").GetString());
        var view = body.GetProperty("view");
        Assert.Equal("add_collateral", view.GetProperty("callback_id").GetString());
        var blocks = view.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("https://x.example/roi", blocks.Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == "url")
            .GetProperty("element").GetProperty("initial_value").GetString());
        var stages = blocks.Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == "stages");
        Assert.Equal("decision", stages.GetProperty("element").GetProperty("initial_options")[0].GetProperty("value").GetString());
        Assert.Equal("Bearer " + JourneyBotApp.BotToken, open.Authorization);
    }

    [Fact]
    public async Task Healthz_answers_and_readyz_sees_the_migrated_database()
    {
        Assert.Equal("ok", await _app.Client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/readyz")).StatusCode);
    }
}
