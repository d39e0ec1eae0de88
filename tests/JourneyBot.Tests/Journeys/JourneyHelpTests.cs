using System.Reflection;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Journeys;

public sealed class JourneyHelpTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public void Every_named_command_is_listed_in_help_once()
    {
        var named = typeof(JourneyHelp).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(CommandHelp))
            .Select(f => (CommandHelp)f.GetValue(null)!)
            .ToList();

        Assert.Equal(named.Count, JourneyHelp.Commands.Count);
        Assert.Equal(named.ToHashSet(), JourneyHelp.Commands.ToHashSet());
    }

    [Theory]
    [InlineData("next-offer ci", nameof(JourneyHelp.NextOffer))]
    [InlineData("collateral ci", nameof(JourneyHelp.Collateral))]
    [InlineData("stage", nameof(JourneyHelp.Stage))]
    [InlineData("add no url here", nameof(JourneyHelp.Add))]
    [InlineData("tag", nameof(JourneyHelp.Tag))]
    public async Task A_question_lacking_something_shows_its_commands_usage(string question, string command)
    {
        var expected = (CommandHelp)typeof(JourneyHelp).GetField(command)!.GetValue(null)!;

        var answer = await _catalog.AskAsync<NeedMoreAnswer>(question);

        Assert.Equal((expected.Usage, expected.Example), (answer.Usage, answer.Example));
    }

    public static TheoryData<string> PlainQuestions() => [.. JourneyHelp.PlainQuestions];

    [Theory]
    [MemberData(nameof(PlainQuestions))]
    public async Task Every_plain_question_help_shows_is_understood_as_more_than_a_search(string question)
    {
        var request = QuestionParser.Parse(question, await _catalog.SnapshotAsync(), freeText: true);

        Assert.IsNotType<HelpRequest>(request);
        Assert.IsNotType<UnreadableRequest>(request);
        Assert.IsNotType<SearchRequest>(request);
        Assert.NotNull(request.ReadAs);
    }

    public static TheoryData<string> ReadOnlyExamples() =>
        [.. JourneyHelp.Commands.Select(c => c.Example).Where(e => !e.StartsWith("add ", StringComparison.Ordinal) && !e.StartsWith("digest ", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ReadOnlyExamples))]
    public async Task Every_example_help_gives_is_answered_on_the_default_catalog(string example)
    {
        var answer = await _catalog.AskAsync(example);

        Assert.IsNotType<NeedMoreAnswer>(answer);
        Assert.IsNotType<NotUnderstoodAnswer>(answer);
        Assert.False(answer is NoticeAnswer { IsError: true }, $"{example}: {(answer as NoticeAnswer)?.Text}");
    }
}
