using JourneyBot.Messages;
using JourneyBot.Chat;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Tests.Chat;

/// <summary>Slack's encoding ends at the chat edge: the journey core is asked in plain text.</summary>
public sealed class SlackInputTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<string> JsonFor(string text) => SlackJson.Serialize(AnswerMessages.Build(await _catalog.AskAsync(text)));

    [Fact]
    public async Task A_slack_encoded_mention_is_answered_the_same_as_the_plain_question()
    {
        var plain = SlackInput.ToPlainText("<@U1> next-offer <https://x.example/a|A> &amp;");

        Assert.Equal("next-offer https://x.example/a &", plain);
        Assert.Equal(await JsonFor("next-offer https://x.example/a &"), await JsonFor(plain));
    }

    [Fact]
    public async Task A_slack_wrapped_catalog_url_gives_the_next_offer_after_it()
    {
        var answer = await _catalog.AskAsync<Core.Journeys.CollateralListAnswer>(
            SlackInput.ToPlainText("next-offer <https://content.example.com/ci/troubleshooting-flaky-tests|Flaky tests>"));

        Assert.Equal("consideration", answer.Stage.Key);
    }

    [Theory]
    [InlineData("<https://content.example.com/a>", "https://content.example.com/a")]
    [InlineData("add <https://x.test/a|A long label> now", "add https://x.test/a now")]
    [InlineData("<https://content.example.com/a?x=1&amp;y=2>", "https://content.example.com/a?x=1&y=2")]
    [InlineData("Q&amp;A &lt;draft&gt;", "Q&A <draft>")]
    [InlineData("a &amp;lt; b", "a &lt; b")]                       // a typed "&lt;" is decoded once, not twice
    [InlineData("<@UBOT> help", "help")]
    [InlineData("<@UBOT|journeybot> help", "help")]
    [InlineData("post in <#C123|general> for <!here>", "post in #general for @here")]
    [InlineData("ask <!subteam^S1|@platform>", "ask @platform")]
    public void Slack_text_becomes_plain_text(string slack, string plain) => Assert.Equal(plain, SlackInput.ToPlainText(slack));
}
