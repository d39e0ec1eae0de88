using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

/// <summary>reviewed_on and retired_on through export and import: a retired item stays in the file and can come back.</summary>
public sealed class RetiredTransferTests : IAsyncLifetime
{
    private const string Header = "title,url,type,stages,personas,use_cases,updated_on,owner,description,reviewed_on,retired_on";
    private const string OldHeader = "title,url,type,stages,personas,use_cases,updated_on,owner,description";
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<CollateralItem> RetireOneAsync()
    {
        var item = (await _catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        using var scope = _catalog.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().RetireAsync(item.Id, "U1", CancellationToken.None))!;
    }

    private static string Csv(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        CatalogTransfer.WriteCsv(CatalogTransfer.Exported(catalog), writer);
        return writer.ToString();
    }

    private static string Yaml(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        CatalogYaml.Write(CatalogTransfer.ToDocument(catalog), writer);
        return writer.ToString();
    }

    [Fact]
    public async Task The_csv_export_has_the_new_header_and_keeps_a_retired_item_with_its_date()
    {
        var retired = await RetireOneAsync();

        var lines = Csv(await _catalog.SnapshotAsync()).Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal(Header, lines[0]);
        var row = Assert.Single(lines, l => l.Contains(retired.Url, StringComparison.Ordinal));
        Assert.EndsWith(",2026-11-25", row);
    }

    [Fact]
    public async Task The_yaml_export_keeps_a_retired_item_with_its_date()
    {
        var retired = await RetireOneAsync();

        var document = CatalogTransfer.ToDocument(await _catalog.SnapshotAsync());

        Assert.Equal("2026-11-25", Assert.Single(document.Collateral, c => c.Url == retired.Url).RetiredOn);
        Assert.Contains("retired_on: 2026-11-25", Yaml(await _catalog.SnapshotAsync()));
    }

    [Fact]
    public async Task A_csv_row_with_retired_on_and_reviewed_on_retires_the_item_and_dates_its_review()
    {
        var result = await _catalog.ImportAsync($"""
            {Header}
            Old deck,https://r.example/old,Deck,awareness,,ci,2025-01-01,pmm,,2026-02-03,2026-03-04
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var catalog = await _catalog.SnapshotAsync();
        Assert.Null(catalog.FindByUrl("https://r.example/old"));
        var item = Assert.Single(catalog.Retired, i => i.Url == "https://r.example/old");
        Assert.Equal((new DateOnly(2026, 2, 3), new DateOnly(2026, 3, 4)), (item.ReviewedOn, item.RetiredOn));
    }

    [Fact]
    public async Task An_old_nine_column_row_brings_a_retired_item_back_and_keeps_its_review_date()
    {
        await _catalog.ImportAsync($"""
            {Header}
            Old deck,https://r.example/old,Deck,awareness,,ci,2025-01-01,pmm,,2026-02-03,2026-03-04
            """);

        var result = await _catalog.ImportAsync($"""
            {OldHeader}
            Old deck,https://r.example/old,Deck,awareness,,ci,2025-01-01,pmm,
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((1, 1), (result.Updated, result.Restored));
        var item = (await _catalog.SnapshotAsync()).FindByUrl("https://r.example/old")!;
        Assert.Null(item.RetiredOn);
        Assert.Equal(new DateOnly(2026, 2, 3), item.ReviewedOn);
    }

    [Fact]
    public async Task A_yaml_item_without_retired_on_brings_a_retired_item_back()
    {
        var retired = await RetireOneAsync();
        var yaml = Yaml(await _catalog.SnapshotAsync()).Replace("  retired_on: 2026-11-25\n", "", StringComparison.Ordinal);

        var result = await _catalog.ImportAsync(yaml, CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.NotNull((await _catalog.SnapshotAsync()).FindById(retired.Id));
    }

    [Theory]
    [InlineData("2026-13-01,", "reviewed_on '2026-13-01' is not a YYYY-MM-DD date")]
    [InlineData(",yesterday", "retired_on 'yesterday' is not a YYYY-MM-DD date")]
    public async Task A_csv_row_with_a_bad_date_is_a_line_error_and_nothing_is_imported(string dates, string reason)
    {
        var result = await _catalog.ImportAsync($"""
            {Header}
            Fine,https://r.example/fine,,awareness,,ci,,,,,
            Bad,https://r.example/bad,,awareness,,ci,,,,{dates}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, reason), (problem.Line, problem.Reason));
        await using var db = await _catalog.DbAsync();
        Assert.False(await db.Collateral.AnyAsync(c => c.Url.StartsWith("https://r.example/")));
    }

    [Fact]
    public async Task A_yaml_item_with_a_bad_retired_on_is_reported_with_its_line()
    {
        var result = await _catalog.ImportAsync("""
            collateral:
              - title: Bad
                url: https://r.example/bad
                stages: [awareness]
                use_cases: [ci]
                retired_on: 30/11/2026
            """, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "retired_on '30/11/2026' is not a YYYY-MM-DD date"), (problem.Line, problem.Reason));
    }

    [Theory]
    [InlineData(CatalogFormat.Csv)]
    [InlineData(CatalogFormat.Yaml)]
    public async Task A_retired_item_round_trips_retired_with_both_dates(CatalogFormat format)
    {
        var retired = await RetireOneAsync();
        using (var scope = _catalog.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CollateralLifecycle>().ConfirmCurrentAsync(retired.Id, "U1", CancellationToken.None);
        var original = await _catalog.SnapshotAsync();
        var exported = format == CatalogFormat.Csv ? Csv(original) : Yaml(original);

        await using var other = await TestCatalog.CreateAsync();
        var result = await other.ImportAsync(exported, format, new ImportOptions(Replace: true));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var copy = await other.SnapshotAsync();
        var item = Assert.Single(copy.Retired);
        Assert.Equal((retired.Url, (DateOnly?)new DateOnly(2026, 11, 25), (DateOnly?)new DateOnly(2026, 11, 25)), (item.Url, item.ReviewedOn, item.RetiredOn));
        Assert.Equal(original.Items.Count, copy.Items.Count);
    }
}
