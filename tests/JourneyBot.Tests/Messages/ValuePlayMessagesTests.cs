using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Tests.Messages;

/// <summary>What a rep reads in a value play: whether it is an example or sourced, and what to say to whom.</summary>
public sealed class ValuePlayMessagesTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<SlackMessage> PlayFor(string text) => AnswerMessages.Build(await _catalog.AskAsync<PlayAnswer>(text));

    private static string[] Texts(SlackMessage message) => message.Blocks!.SelectMany(b => b switch
    {
        SectionBlock s => (s.Text is null ? [] : new[] { s.Text.Text }).Concat(s.Fields?.Select(f => f.Text) ?? []),
        ContextBlock c => c.Elements.Select(e => e.Text),
        _ => [],
    }).ToArray();

    private static string WhatToSay(SlackMessage message) => Texts(message).Single(t => t.StartsWith("*What to say", StringComparison.Ordinal));

    [Fact]
    public async Task An_example_play_says_it_is_an_example_right_under_its_title_in_Slack()
    {
        var message = await PlayFor("play ci-cd");

        Assert.IsType<HeaderBlock>(message.Blocks![0]);
        var notice = Assert.IsType<ContextBlock>(message.Blocks[1]);
        Assert.Contains(PlayMessages.ExampleNotice, notice.Elements.Single().Text);
        Assert.Empty(BlockKitLimits.Validate(message));
    }

    [Fact]
    public async Task An_example_play_says_it_is_an_example_in_the_terminal()
    {
        var text = TerminalText.Render(await PlayFor("play ci-cd"));
        Assert.Contains("Example text shipped with JourneyBot: replace it with your own (catalog import).", text);
    }

    [Fact]
    public async Task A_sourced_play_shows_its_source_and_no_example_notice()
    {
        var message = await PlayFor("play compete");
        var terminal = TerminalText.Render(message);

        Assert.Contains(Texts(message), t => t.StartsWith("Source: GitLab handbook: FY23 Marketing Plan", StringComparison.Ordinal));
        Assert.Contains("Source: GitLab handbook: FY23 Marketing Plan", terminal);
        Assert.DoesNotContain(PlayMessages.ExampleNotice, SlackJson.Serialize(message));
        Assert.DoesNotContain(PlayMessages.ExampleNotice, terminal);
    }

    [Fact]
    public async Task Play_devsecops_tells_a_CISO_something_else_than_a_developer()
    {
        var executive = WhatToSay(await PlayFor("play devsecops ciso"));
        var contributor = WhatToSay(await PlayFor("play devsecops developer"));

        var play = (await _catalog.SnapshotAsync()).Motion("devsecops")!.ValuePlay;
        Assert.Equal($"*What to say · Executive*\n{Mrkdwn.Escape(play.TalkTracks["executive"])}", executive);
        Assert.Equal($"*What to say · Individual contributor*\n{Mrkdwn.Escape(play.TalkTracks["contributor"])}", contributor);
        Assert.NotEqual(executive, contributor);
    }

    [Fact]
    public async Task A_play_without_a_persona_says_the_general_text()
    {
        var play = (await _catalog.SnapshotAsync()).Motion("devsecops")!.ValuePlay;
        Assert.Equal($"*What to say*\n{Mrkdwn.Escape(play.WhatToSay!)}", WhatToSay(await PlayFor("play devsecops")));
    }

    [Fact]
    public async Task A_persona_without_a_talk_track_gets_the_general_text()
    {
        var play = (await _catalog.SnapshotAsync()).Motion("compete")!.ValuePlay;
        Assert.Empty(play.TalkTracks);
        Assert.Equal($"*What to say*\n{Mrkdwn.Escape(play.WhatToSay!)}", WhatToSay(await PlayFor("play compete manager")));
    }

    [Fact]
    public async Task The_AutoSD_play_answers_with_its_channel_and_says_it_has_no_use_case_yet()
    {
        var answer = await _catalog.AskAsync<PlayAnswer>("play autosd");
        var message = AnswerMessages.Build(answer);

        Assert.Equal("autosd", answer.Motion.Key);
        Assert.Contains(Texts(message), t => t == "Motion channel: #gtm-autosd");
        Assert.Contains(Texts(message), t => t.StartsWith("No use case belongs to AutoSD yet", StringComparison.Ordinal));
        Assert.Contains(PlayMessages.ExampleNotice, SlackJson.Serialize(message));
        Assert.Empty(BlockKitLimits.Validate(message));
    }

    [Theory]
    [InlineData("play compete")]
    [InlineData("play competitive")]
    [InlineData("play competition executive")]
    public async Task The_compete_play_answers_by_its_name_and_aliases(string text)
    {
        var answer = await _catalog.AskAsync<PlayAnswer>(text);
        Assert.Equal("compete", answer.Motion.Key);
        Assert.Empty(BlockKitLimits.Validate(AnswerMessages.Build(answer)));
    }
}
