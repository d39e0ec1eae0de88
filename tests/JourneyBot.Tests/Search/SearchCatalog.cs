using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Search;

/// <summary>A small catalog written for search (the default one's collateral is replaced), and ways to search it.</summary>
public static class SearchCatalog
{
    public const string Header = "title,url,type,stages,personas,use_cases,updated_on,owner,description";

    // Ids follow row order: the description-only "pipeline" match comes before the title match, and is fresher.
    public const string Csv = $"""
        {Header}
        Release Notes Digest,https://s.example/notes,Newsletter,awareness,,cd,2026-11-01,Content Marketing,What changed in the pipeline editor this month
        Pipeline Efficiency Guide,https://s.example/pipeline,White paper,consideration,,ci,2025-01-01,Product Marketing,How teams speed up builds
        CI ROI Calculator,https://s.example/roi,Tool,decision,executive,ci,2026-06-01,Finance Marketing,Estimate build minutes and license savings
        Built-in CI vs. Jenkins: A Technical Comparison,https://s.example/compare,Comparison,consideration,contributor,ci,2026-05-01,Technical Marketing,Side by side
        Shipping Daily at a Retail Leader,https://s.example/cs-cd-exec,Case study,decision,executive,cd,2026-04-01,Customer Marketing,Zero-downtime releases
        Telecom Provider Releases Without Downtime,https://s.example/cs-cd-dev,Case study,decision,contributor,cd,2026-04-02,Customer Marketing,Canary deployments
        Global Bank Cuts Build Times,https://s.example/cs-ci-exec,Case study,decision,executive,ci,2026-04-03,Customer Marketing,Faster builds
        Why Release Day Still Hurts,https://s.example/webinar-cd,Webinar,awareness,executive,cd,2026-04-04,Field Marketing,Release pain
        Agency Standardizes on GitOps,https://s.example/cs-gitops,Case study,consideration,,gitops,2026-04-05,Customer Marketing,Infrastructure as code
        """;

    public static async Task<TestCatalog> CreateAsync()
    {
        var catalog = await TestCatalog.CreateAsync();
        await ImportAsync(catalog);
        return catalog;
    }

    public static async Task ImportAsync(TestCatalog catalog)
    {
        var result = await catalog.ImportAsync(Csv, options: new ImportOptions { Replace = true });
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    /// <summary>The search command's answer, as the assistant dispatches a <see cref="SearchRequest"/> to it.</summary>
    public static async Task<Answer> AskAsync(
        TestCatalog catalog, string query, string? useCase = null, string? stage = null, string? persona = null, int offset = 0)
    {
        var snapshot = await catalog.SnapshotAsync();
        await using var scope = catalog.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<IJourneyCommand<SearchRequest>>();
        var answer = await command.AnswerAsync(
            new SearchRequest($"search {query}", query, useCase, stage, persona), snapshot, new AskContext("U1", "C1", "T1", Offset: offset), CancellationToken.None);
        await catalog.FlushQueryLogAsync();
        return answer;
    }

    public static async Task<SearchAnswer> SearchAsync(
        TestCatalog catalog, string query, string? useCase = null, string? stage = null, string? persona = null, int offset = 0) =>
        Assert.IsType<SearchAnswer>(await AskAsync(catalog, query, useCase, stage, persona, offset));

    /// <summary>URLs of every item the database finds for the words (all of them), best first: the index as it is now.</summary>
    public static async Task<List<string>> UrlsFoundAsync(TestCatalog catalog, string words)
    {
        var ids = await catalog.Services.GetRequiredService<CatalogSearch>().FindAsync(SearchWords.Read(words), anyWord: false, 100, CancellationToken.None);
        await using var db = await catalog.DbAsync();
        var urls = db.Collateral.Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id, c => c.Url);
        return ids.Select(id => urls[id]).ToList();
    }

    public static List<string> Urls(SearchAnswer answer) => answer.Items.Select(i => i.Url).ToList();
}
