using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;

namespace JourneyBot.Tests.Catalog;

/// <summary>Import and export files written to hurt: formulas for spreadsheets, look-alike URLs, deep YAML.</summary>
public sealed class HostileFileTests : IAsyncLifetime
{
    private const string Header = "title,url,type,stages,personas,use_cases,updated_on,owner,description";
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync(seed: true);

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+1 more")]
    [InlineData("-5 tips")]
    [InlineData("@here")]
    [InlineData("\tindented")]
    [InlineData("\rreturn")]
    [InlineData("'=already quoted")]
    [InlineData("''+twice quoted")]
    public void A_formula_like_cell_is_prefixed_with_an_apostrophe_and_read_back_as_it_was(string cell)
    {
        var written = SpreadsheetCells.Neutralise(cell);

        Assert.Equal("'" + cell, written);
        Assert.Equal(cell, SpreadsheetCells.Restore(written));
    }

    [Theory]
    [InlineData("Plain title")]
    [InlineData("'quoted but harmless")]
    [InlineData("a=b")]
    [InlineData("")]
    public void A_cell_that_is_not_formula_like_is_written_and_read_unchanged(string cell)
    {
        Assert.Equal(cell, SpreadsheetCells.Neutralise(cell));
        Assert.Equal(cell, SpreadsheetCells.Restore(cell));
    }

    [Fact]
    public async Task Csv_export_of_formula_titles_starts_each_such_cell_with_an_apostrophe_and_round_trips_byte_for_byte()
    {
        var yaml = """
            collateral:
              - title: '=HYPERLINK("https://evil.example","Click")'
                url: https://f.example/1
                stages: [awareness]
                use_cases: [ci]
                owner: '@marketing'
                description: "-5 reasons, +3 myths"
              - title: "'=quoted on purpose"
                url: https://f.example/2
                stages: [awareness]
                use_cases: [ci]
            """;
        var seeded = await _catalog.ImportAsync(yaml, CatalogFormat.Yaml, new ImportOptions(Replace: true));
        Assert.True(seeded.Succeeded, string.Join("\n", seeded.Problems));

        var exported = ExportCsv(await _catalog.SnapshotAsync());
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\"", exported);
        Assert.Contains(",'@marketing,", exported);
        Assert.Contains("\"'-5 reasons, +3 myths\"", exported);
        Assert.Contains("''=quoted on purpose", exported);

        await using var other = await TestCatalog.CreateAsync();
        var imported = await other.ImportAsync(exported, CatalogFormat.Csv, new ImportOptions(Replace: true));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        var copy = await other.SnapshotAsync();
        Assert.Equal("'=quoted on purpose", copy.FindByUrl("https://f.example/2")!.Title);
        Assert.Equal(exported, ExportCsv(copy));
    }

    [Fact]
    public async Task Two_rows_whose_urls_differ_only_in_host_case_are_a_duplicate_line_error()
    {
        var csv = $"""
            {Header}
            One,https://Docs.Example/Guide,,awareness,,ci,,,
            Two,https://docs.example/Guide,,awareness,,ci,,,
            """;

        var result = await _catalog.ImportAsync(csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("line 3: url https://docs.example/Guide is already on line 2", problem.ToString());
    }

    [Fact]
    public async Task A_url_with_a_differently_cased_host_updates_the_same_item_and_finds_it()
    {
        var first = await _catalog.ImportAsync($"{Header}\nOne,https://DOCS.example/Guide,,awareness,,ci,,,");
        var second = await _catalog.ImportAsync($"{Header}\nOne v2,HTTPS://docs.Example/Guide,,awareness,,ci,,,");

        Assert.Equal((1, 0), (first.Added, first.Updated));
        Assert.Equal((0, 1), (second.Added, second.Updated));
        var item = (await _catalog.SnapshotAsync()).FindByUrl("https://Docs.Example/Guide");
        Assert.Equal(("One v2", "https://docs.example/Guide"), (item?.Title, item?.Url));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public async Task Yaml_nested_50000_deep_is_a_line_error_not_a_crash(string open, string close)
    {
        var yaml = "collateral:\n  - title: " + string.Concat(Enumerable.Repeat(open, 50_000)) + string.Concat(Enumerable.Repeat(close, 50_000)) + "\n";

        var result = await _catalog.ImportAsync(yaml, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains($"nesting is deeper than {DepthLimitedYamlParser.MaxDepth} levels", problem.Reason);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_their_line()
    {
        byte[] bytes = [.. "title,url\nA,https://a.example\nB"u8, 0xE9, .. "t\u00e9,https://b.example\n"u8];

        var (text, problem) = StrictUtf8.Decode(bytes);

        Assert.Null(text);
        Assert.Equal("line 3: not UTF-8", problem?.ToString());
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_dropped_and_the_text_kept()
    {
        var (text, problem) = StrictUtf8.Decode([0xEF, 0xBB, 0xBF, .. "title\u00e9"u8]);

        Assert.Null(problem);
        Assert.Equal("title\u00e9", text);
    }

    private static string ExportCsv(CatalogSnapshot catalog)
    {
        using var writer = new StringWriter();
        CatalogTransfer.WriteCsv(catalog.Items.OrderBy(i => i.Url, StringComparer.Ordinal), writer);
        return writer.ToString();
    }
}
