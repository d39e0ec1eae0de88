using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Tests.Journeys;

public sealed class NextOfferTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    // A use case of our own, so ranking is checked against items whose dates and personas we chose.
    private const string RankingCsv = """
        title,url,type,stages,personas,use_cases,updated_on,owner,description
        Old manager plan,https://t.example/old-manager,Checklist,consideration,manager,ranking,2025-01-01,PMM,
        New manager plan,https://t.example/new-manager,Checklist,consideration,manager,ranking,2026-06-01,PMM,
        Newest generic,https://t.example/generic-new,Case study,consideration,,ranking,2026-10-01,PMM,
        Older generic,https://t.example/generic-old,Case study,consideration,,ranking,2024-10-01,PMM,
        Executive only,https://t.example/exec,Analyst report,consideration,executive,ranking,2026-11-01,PMM,
        Awareness piece,https://t.example/aware,White paper,awareness,,ranking,2026-11-01,PMM,
        """;

    [Fact]
    public async Task NextOffer_at_inquiry_with_CI_engagement_offers_consideration_CI_content()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");

        Assert.Equal("consideration", answer.Stage.Key);
        Assert.Equal("awareness", answer.AskedStage!.Key);
        Assert.NotEmpty(answer.Items);
        Assert.All(answer.Items, i => Assert.Contains("ci", i.UseCases));
        Assert.All(answer.Items, i => Assert.Contains("consideration", i.Stages));
        Assert.False(answer.StayedAtLastStage);
    }

    [Fact]
    public async Task Persona_specific_items_come_before_generic_ones_then_freshest_first()
    {
        Assert.True((await _catalog.ImportAsync(RankingCsv, options: new ImportOptions(CreateUseCases: true))).Succeeded);

        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ranking awareness manager");

        Assert.Equal(
            ["https://t.example/new-manager", "https://t.example/old-manager", "https://t.example/generic-new", "https://t.example/generic-old"],
            answer.Items.Select(i => i.Url));
    }

    [Fact]
    public async Task Without_a_persona_every_item_fits_freshest_first()
    {
        Assert.True((await _catalog.ImportAsync(RankingCsv, options: new ImportOptions(CreateUseCases: true))).Succeeded);

        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ranking awareness");

        Assert.Equal(5, answer.Total);
        Assert.Equal("https://t.example/exec", answer.Items[0].Url);
        Assert.Equal(answer.Items.OrderByDescending(i => i.UpdatedOn).Select(i => i.Url), answer.Items.Select(i => i.Url));
    }

    [Fact]
    public async Task At_the_last_stage_the_offer_stays_there_and_says_so()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci sql");

        Assert.True(answer.StayedAtLastStage);
        Assert.Equal("decision", answer.Stage.Key);
        Assert.Contains("last stage", answer.Why);
        Assert.All(answer.Items, i => Assert.Contains("decision", i.Stages));
    }

    [Fact]
    public async Task At_most_five_items_are_shown_and_the_rest_is_paged()
    {
        var first = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry");
        Assert.True(first.Total > 5);
        Assert.Equal(5, first.Items.Count);
        Assert.True(first.HasMore);

        var second = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci inquiry", new AskContext("U1", "C1", "T1", Offset: 5));
        Assert.Equal(first.Total - 5, second.Items.Count);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Fact]
    public async Task An_empty_cell_says_so_offers_nearby_items_and_is_recorded_as_demand()
    {
        // The default catalog has no decision-stage CI content for executives.
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer ci mql executive", new AskContext("U42", "C7", "T1"));

        Assert.Empty(answer.Items);
        Assert.Equal(0, answer.Total);
        Assert.InRange(answer.Nearby.Count, 1, 3);
        Assert.All(answer.Nearby, i => Assert.Contains("ci", i.UseCases));

        await using var db = await _catalog.DbAsync();
        var logged = await db.QueryLog.SingleAsync();
        Assert.Equal(("ci", "decision", "executive", "U42", "C7"), (logged.UseCaseKey, logged.StageKey, logged.PersonaKey, logged.UserId, logged.ChannelId));
    }

    [Fact]
    public async Task The_url_of_the_last_item_engaged_with_gives_the_next_stage()
    {
        var answer = await _catalog.AskAsync<CollateralListAnswer>("next-offer https://content.example.com/ci/troubleshooting-flaky-tests");

        Assert.Equal("consideration", answer.Stage.Key);
        Assert.Equal("ci", answer.UseCase!.Key);
    }

    [Fact]
    public async Task An_unknown_url_gets_a_clear_reply()
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>("next-offer https://nowhere.example/x");
        Assert.Contains("not in the catalog", answer.Problem);
    }

    [Theory]
    [InlineData("next-offer ci", "a stage")]
    [InlineData("next-offer inquiry", "a use case")]
    [InlineData("next-offer", "a use case and a stage")]
    public async Task Missing_parts_are_named(string text, string missing)
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>(text);
        Assert.Contains(missing, answer.Problem);
    }

    [Fact]
    public async Task Unknown_words_get_did_you_mean_and_are_recorded()
    {
        var answer = await _catalog.AskAsync<NotUnderstoodAnswer>("next-offer devsecosp inquiry");

        Assert.Equal("devsecops", Assert.Single(answer.Unknown).Suggestions[0]);
        await using var db = await _catalog.DbAsync();
        Assert.Equal("not-understood", (await db.QueryLog.SingleAsync()).Command);
    }

    [Fact]
    public async Task Two_use_cases_in_one_question_are_refused_clearly()
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>("next-offer ci gitops inquiry");
        Assert.Contains("ci and gitops", answer.Problem);
    }
}
