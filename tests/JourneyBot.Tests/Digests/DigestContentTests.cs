using System.Text.Json;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Digests;

public sealed class DigestContentTests : IAsyncLifetime
{
    private static readonly string[] Followed = ["ci", "cd", "devsecops", "gitops"];
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<Digest> BuildAsync(IReadOnlyList<string>? useCases = null, string? channel = null, DigestBaseline? baseline = null) =>
        await _catalog.Services.GetRequiredService<DigestBuilder>().BuildAsync(await _catalog.SnapshotAsync(), useCases ?? Followed, channel, baseline, CancellationToken.None);

    private static string Cell(GapCell c) => $"{c.UseCase}/{c.Stage}/{c.Persona}";

    [Fact]
    public async Task The_digest_of_the_default_catalog_has_exactly_its_known_empty_cells()
    {
        var digest = await BuildAsync();

        Assert.Equal(
            ["ci/decision/executive", "cd/awareness/contributor", "devsecops/consideration/manager", "gitops/decision/contributor"],
            digest.Empty.Select(Cell));
        Assert.Equal(4 * 3 * 3, digest.CellCount);
    }

    [Fact]
    public async Task The_digest_of_the_default_catalog_has_exactly_its_known_stale_cell()
    {
        var digest = await BuildAsync();
        Assert.Equal(["gitops/awareness/executive"], digest.Stale.Select(Cell));
    }

    [Fact]
    public async Task A_question_that_found_nothing_becomes_a_demand_gap_counted_per_normalised_question()
    {
        await _catalog.AskAsync<CollateralListAnswer>("collateral decision ci executive");
        await _catalog.AskAsync<CollateralListAnswer>("Collateral   decision ci EXECUTIVE?");

        var digest = await BuildAsync();

        var gap = Assert.Single(digest.Demand);
        Assert.Equal(new DemandGap("collateral decision ci executive", 2, "ci", "decision", "executive"), gap);
    }

    [Fact]
    public async Task Demand_gaps_cover_only_the_last_seven_days()
    {
        await _catalog.AskAsync<CollateralListAnswer>("collateral decision ci executive");
        _catalog.Clock.Advance(TimeSpan.FromDays(8));

        Assert.Empty((await BuildAsync()).Demand);
    }

    [Fact]
    public async Task Demand_gaps_of_other_use_cases_stay_out_of_a_channels_digest()
    {
        await _catalog.AskAsync<CollateralListAnswer>("collateral decision ci executive");

        Assert.Empty((await BuildAsync(["gitops"])).Demand);
        Assert.Single((await BuildAsync([])).Demand); // all use cases
    }

    [Fact]
    public async Task Changes_since_the_last_digest_list_added_collateral_and_closed_and_opened_gaps()
    {
        var first = await BuildAsync();
        var baseline = new DigestBaseline(_catalog.Clock.GetUtcNow().UtcDateTime, "2026-W48",
            [.. first.Empty.Where(c => c.UseCase != "gitops"), .. first.Stale]); // pretend gitops/decision/contributor was no gap then
        _catalog.Clock.Advance(TimeSpan.FromDays(7));
        var import = await _catalog.ImportAsync(
            "title,url,type,stages,personas,use_cases,updated_on,owner,description\n" +
            "CI ROI calculator for executives,https://example.com/ci-roi-exec,ROI calculator,decision,executive,ci,2026-11-30,pmm,\n");
        Assert.True(import.Succeeded, string.Join("; ", import.Problems));

        var digest = await BuildAsync(baseline: baseline);

        Assert.False(digest.Changes.IsFirst);
        Assert.Equal("2026-W48", digest.Changes.SinceWeek);
        Assert.Equal(["https://example.com/ci-roi-exec"], digest.Changes.Added.Select(i => i.Url));
        Assert.Equal(["ci/decision/executive"], digest.Changes.Closed.Select(Cell));
        Assert.Equal(["gitops/decision/contributor"], digest.Changes.Opened.Select(Cell));
    }

    [Fact]
    public async Task The_slack_digest_leads_with_a_summary_and_the_worst_use_case_and_escapes_questions()
    {
        // Not understood, so recorded without a use case: its unknown words count for the channel it was asked in (C1).
        await _catalog.AskAsync<NotUnderstoodAnswer>("collateral decision gitops contributor <!channel>");
        var message = AnswerMessages.Build(new DigestAnswer(await BuildAsync(channel: "C1"), IsPreview: false));

        Assert.Empty(BlockKitLimits.Validate(message));
        var sections = message.Blocks!.OfType<SectionBlock>().Select(s => s.Text!.Text).ToList();
        Assert.StartsWith("*4 empty and 1 stale of 36 cells", sections[0], StringComparison.Ordinal);
        Assert.StartsWith("*GitOps", sections[1], StringComparison.Ordinal); // 1 empty + 1 stale: the worst
        Assert.DoesNotContain("<!channel>", string.Join("\n", sections), StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", string.Join("\n", sections), StringComparison.Ordinal);
        Assert.Contains("4 empty", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_of_a_huge_catalog_stays_within_block_kit_limits()
    {
        var useCases = Enumerable.Range(0, 80).Select(i => new UseCaseInfo($"uc{i}", $"Use case {i} " + new string('x', 100), null, null, [])).ToList();
        var stages = new[] { "awareness", "consideration", "decision" }
            .Select((k, i) => new StageInfo("buyer", "Buyer", k, k, i, null, null, null, null, [], [], [])).ToList();
        var personas = Enumerable.Range(0, 20).Select(i => new PersonaInfo($"persona-{i}", $"Persona {i}", null, [])).ToList();
        var catalog = new CatalogSnapshot(stages, personas, useCases, [], [], [], TestCatalog.Today.UtcDateTime);
        var questions = Enumerable.Range(0, 500)
            .Select(i => new UnansweredQuestion(new string('q', 400) + i, $"uc{i % 80}", "decision", null, "C1", TestCatalog.Today.UtcDateTime.AddHours(-1)))
            .ToList();
        var digest = DigestBuilder.Build(catalog, [], "C1", null, questions, TestCatalog.Today.UtcDateTime, 365, 7);

        var message = AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false));

        Assert.Equal(80 * 3 * 20, digest.Empty.Count);
        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.True(message.Blocks!.Count <= BlockKitLimits.MessageBlocks);
    }

    [Fact]
    public async Task Preview_json_has_empty_stale_demand_and_changes_in_vocabulary_keys()
    {
        await _catalog.AskAsync<CollateralListAnswer>("collateral decision ci executive");
        var output = new StringWriter();

        var exit = await Verbs.RunAsync(CommandLine.Parse(["digest", "preview", "--use-case", "ci", "--json"]), _catalog.Services, output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(["empty", "stale", "demand", "unknown_words", "unreachable_owners", "review_due", "changes", "usage"], root.EnumerateObject().Select(p => p.Name));
        var empty = Assert.Single(root.GetProperty("empty").EnumerateArray());
        Assert.Equal("""{"use_case":"ci","stage":"decision","persona":"executive"}""", empty.GetRawText());
        Assert.Empty(root.GetProperty("stale").EnumerateArray());
        var demand = Assert.Single(root.GetProperty("demand").EnumerateArray());
        Assert.Equal("""{"question":"collateral decision ci executive","count":1,"use_case":"ci","stage":"decision","persona":"executive"}""", demand.GetRawText());
        Assert.True(root.GetProperty("changes").TryGetProperty("added", out _));
    }

    [Fact]
    public async Task Preview_of_an_unknown_use_case_suggests_the_closest_and_fails()
    {
        var error = new StringWriter();
        var exit = await Verbs.RunAsync(CommandLine.Parse(["digest", "preview", "--use-case", "gitop"]), _catalog.Services, new StringWriter(), error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("gitops", error.ToString(), StringComparison.Ordinal);
    }
}
