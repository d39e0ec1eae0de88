using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Digests;

/// <summary>Only questions understood, with nothing to offer, are demand gaps; questions not understood give the week's unknown words.</summary>
public sealed class DigestDemandTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<Digest> BuildAsync() =>
        await _catalog.Services.GetRequiredService<DigestBuilder>().BuildAsync(await _catalog.SnapshotAsync(), [], "C1", null, CancellationToken.None);

    [Fact]
    public async Task A_question_not_understood_is_not_a_demand_gap()
    {
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral jenkins ci");

        var digest = await BuildAsync();

        Assert.Empty(digest.Demand);
        Assert.DoesNotContain(GapMap.ByUseCase(digest.UseCases, digest.Empty, digest.StaleCounts, _ => 0), x => x.Asked > 0);
    }

    [Fact]
    public async Task A_search_that_found_nothing_is_not_a_demand_gap()
    {
        _catalog.Services.GetRequiredService<QueryLog>().Record(
            new QueryLogEntry { Question = "search jenkins ci", Command = QueryLog.Search, UseCaseKey = "ci" }, new AskContext("U1", "C1", "T1"));
        await _catalog.FlushQueryLogAsync();

        var digest = await BuildAsync();

        Assert.Empty(digest.Demand);
        Assert.Empty(digest.UnknownWords);
    }

    [Fact]
    public async Task The_digest_shows_the_most_frequent_words_of_questions_not_understood()
    {
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral jenkins ci");
        await _catalog.AskAsync<NotUnderstoodAnswer>("Collateral Jenkins CI?");
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral sbom jenkins", new AskContext("U2", "C1", "T1"));
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral sbom jenkins", new AskContext("U3", "C1", "T1"));

        var digest = await BuildAsync();
        var text = TerminalText.Render(AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false)));

        Assert.Equal([new UnknownWordCount("jenkins", 4), new UnknownWordCount("sbom", 2)], digest.UnknownWords);
        Assert.Contains("Words JourneyBot did not know this week: jenkins (4), sbom (2)", text);
    }

    [Fact]
    public async Task Words_read_past_in_an_answered_question_count_as_unknown_words_but_chat_and_phrasing_do_not()
    {
        // Answered (a next offer), with "jenkins" read past; "got", "anything" and "next" are chat and phrasing.
        await _catalog.AskAsync<CollateralListAnswer>("got anything next for jenkins ci folks at inquiry?");
        await _catalog.FlushQueryLogAsync();

        var digest = await BuildAsync();

        Assert.Equal([new UnknownWordCount("jenkins", 1)], digest.UnknownWords);
        Assert.Empty(digest.Demand);
    }

    [Fact]
    public async Task A_word_answered_since_by_an_alias_leaves_the_unknown_words()
    {
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral decision jenkins");
        var csv = "title,url,type,stages,personas,use_cases,updated_on,owner,description\n";
        Assert.NotEmpty((await BuildAsync()).UnknownWords);

        // Re-read with the vocabulary of the day: here a use case called Jenkins now exists.
        Assert.True((await _catalog.ImportAsync(csv + "Jenkins migration guide,https://x.example/jenkins,Guide,decision,,jenkins,2026-11-01,pmm,\n",
            options: new Core.Catalog.Transfer.ImportOptions(CreateUseCases: true))).Succeeded);

        Assert.Empty((await BuildAsync()).UnknownWords);
    }

    [Fact]
    public async Task The_unknown_words_are_the_top_ten_most_frequent_first()
    {
        var now = TestCatalog.Today.UtcDateTime;
        var questions = Enumerable.Range(1, 12)
            .Select(i => new UnansweredQuestion($"collateral word{i:D2}x", null, null, null, "C1", now.AddHours(-1), Count: i, Understood: false))
            .ToList();
        var catalog = await _catalog.SnapshotAsync();

        var digest = DigestBuilder.Build(catalog, [], "C1", null, questions, now, 365, 7);

        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"word{i:D2}x"), digest.UnknownWords.Select(w => w.Word));
        Assert.Empty(digest.Demand);
    }
}
