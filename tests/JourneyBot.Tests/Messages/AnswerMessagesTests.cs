using System.Text.Json;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Messages;
using JourneyBot.Chat;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Tests.Messages;

public sealed class AnswerMessagesTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<SlackMessage> MessageFor(string text, bool freeText = false) => AnswerMessages.Build(await _catalog.AskAsync(text, freeText: freeText));

    [Theory]
    [InlineData("help")]
    [InlineData("next-offer ci inquiry")]
    [InlineData("next-offer ci mql executive")]
    [InlineData("next-offer ci sql manager")]
    [InlineData("collateral awareness")]
    [InlineData("play ci-cd")]
    [InlineData("play devsecops executive")]
    [InlineData("stage decision")]
    [InlineData("stage enter buying cycle")]
    [InlineData("gaps")]
    [InlineData("next-offer devsecosp inquiry")]
    [InlineData("next-offer ci")]
    public async Task Every_answer_is_within_Block_Kit_limits_with_a_fallback_text(string text)
    {
        var message = await MessageFor(text);
        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
    }

    [Fact]
    public async Task Titles_from_the_catalog_are_escaped_so_they_can_never_ping_a_channel()
    {
        var csv = """
            title,url,type,stages,personas,use_cases,updated_on,owner,description
            <!channel> & <@U123> read this,https://x.example/ping,Webinar,awareness,,ci,2026-11-20,<!here>,<!everyone> watch
            """;
        Assert.True((await _catalog.ImportAsync(csv)).Succeeded);

        var json = SlackJson.Serialize(await MessageFor("collateral awareness ci"));

        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U123&gt; read this", json);
        Assert.DoesNotContain("<!channel>", json);
        Assert.DoesNotContain("<!here>", json);
        Assert.DoesNotContain("<!everyone>", json);
        Assert.DoesNotContain("<@U123>", json);
    }

    [Fact]
    public async Task Words_the_user_typed_are_escaped_in_did_you_mean_replies()
    {
        var json = SlackJson.Serialize(await MessageFor("next-offer <!channel> inquiry"));
        Assert.DoesNotContain("<!channel>", json);
    }

    [Fact]
    public async Task A_gap_map_of_many_use_cases_stays_within_fifty_blocks()
    {
        var rows = Enumerable.Range(0, 70).Select(i => $"Item {i},https://x.example/{i},,awareness,,generated-{i},2026-01-01,,");
        var csv = "title,url,type,stages,personas,use_cases,updated_on,owner,description\n" + string.Join("\n", rows);
        Assert.True((await _catalog.ImportAsync(csv, options: new ImportOptions(CreateUseCases: true))).Succeeded);

        var message = await MessageFor("gaps");

        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.Contains("more use cases with gaps", SlackJson.Serialize(message));
    }

    [Fact]
    public async Task The_more_button_carries_the_question_and_the_next_offset()
    {
        var message = await MessageFor("next-offer ci inquiry");
        var button = message.Blocks!.OfType<ActionsBlock>().Single().Elements.OfType<Button>().Single();

        var page = ListMessages.ReadMoreValue(button.Value);

        Assert.Equal(ListMessages.MoreActionId, button.ActionId);
        Assert.Equal(("next-offer ci inquiry", 5), (page!.Question, page.Offset));
    }

    [Fact]
    public async Task The_json_payload_is_a_slash_command_response()
    {
        using var doc = JsonDocument.Parse(SlackJson.Serialize(await MessageFor("next-offer ci inquiry")));
        var root = doc.RootElement;
        Assert.Equal("ephemeral", root.GetProperty("response_type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("text").GetString()));
        Assert.Equal("header", root.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.StartsWith("https://content.example.com/ci/", root.GetProperty("blocks")[1].GetProperty("accessory").GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_terminal_rendering_shows_links_as_label_and_url()
    {
        var text = TerminalText.Render(await MessageFor("next-offer ci inquiry"));
        Assert.Contains("(https://content.example.com/ci/", text);
        Assert.DoesNotContain("<https://", text);
        Assert.DoesNotContain("*", text);
    }
}
