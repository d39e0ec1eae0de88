using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

public sealed class ImportExportTests : IAsyncLifetime
{
    private const string Header = "title,url,type,stages,personas,use_cases,updated_on,owner,description";
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<int> CountAsync()
    {
        await using var db = await _catalog.DbAsync();
        return await db.Collateral.CountAsync();
    }

    [Fact]
    public async Task The_default_catalog_is_seeded_once_and_a_second_start_changes_nothing()
    {
        var before = await CountAsync();
        Assert.True(before >= 40);
        await using (var db = await _catalog.DbAsync())
        {
            var item = await db.Collateral.FirstAsync();
            item.Title = "Edited by a user";
            await db.SaveChangesAsync();
        }

        await _catalog.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None);

        Assert.Equal(before, await CountAsync());
        await using var check = await _catalog.DbAsync();
        Assert.True(await check.Collateral.AnyAsync(c => c.Title == "Edited by a user"));
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode_with_migrations_applied()
    {
        await using var db = await _catalog.DbAsync();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(File.Exists(_catalog.DatabasePath));
    }

    [Fact]
    public async Task A_csv_row_is_upserted_by_url_with_aliases_resolved_and_a_new_type_added()
    {
        var csv = $"""
            {Header}
            Pipeline ROI,https://new.example/roi,ROI Calculator,SAO,Execs;managers,Continuous Integration,2026-10-01,Finance,Estimate it
            Brand new,https://new.example/new,Podcast episode,inquiry,,cd,2026-09-01,,
            """;
        var result = await _catalog.ImportAsync(csv);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Added);

        var updated = $"""
            {Header}
            Pipeline ROI v2,https://new.example/roi,roi calculator,decision,executive,ci,2026-11-01,Finance,
            """;
        result = await _catalog.ImportAsync(updated);
        Assert.Equal((0, 1), (result.Added, result.Updated));

        var snapshot = await _catalog.SnapshotAsync();
        var roi = snapshot.FindByUrl("https://new.example/roi")!;
        Assert.Equal("Pipeline ROI v2", roi.Title);
        Assert.Equal(["executive"], roi.Personas);
        Assert.Equal("ROI calculator", roi.Type);
        Assert.Contains("Podcast episode", snapshot.CollateralTypes);
    }

    [Theory]
    [InlineData("Title,ftp://x.example/a,,awareness,,ci,,,", "not an http or https URL")]
    [InlineData("Title,javascript:alert(1),,awareness,,ci,,,", "not an http or https URL")]
    [InlineData(",https://x.example/a,,awareness,,ci,,,", "title is required")]
    [InlineData("Title,,,awareness,,ci,,,", "url is required")]
    [InlineData("Title,https://x.example/a,,,,ci,,,", "at least one stage")]
    [InlineData("Title,https://x.example/a,,awareness,,,,,", "at least one use case")]
    [InlineData("Title,https://x.example/a,,awarness,,ci,,,", "unknown stage 'awarness': did you mean awareness")]
    [InlineData("Title,https://x.example/a,,awareness,wizard,ci,,,", "unknown persona 'wizard'")]
    [InlineData("Title,https://x.example/a,,awareness,,quantum,,,", "unknown use case 'quantum'")]
    [InlineData("Title,https://x.example/a,,awareness,,ci,25/12/2026,,", "not a YYYY-MM-DD date")]
    public async Task A_bad_row_is_reported_by_line_and_nothing_is_imported(string badRow, string reason)
    {
        var before = await CountAsync();
        var csv = $"""
            {Header}
            Good one,https://x.example/good,,awareness,,ci,2026-01-01,,
            {badRow}
            """;

        var result = await _catalog.ImportAsync(csv);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(reason, problem.ToString());
        Assert.StartsWith("line 3: ", problem.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Every_bad_row_is_reported_not_just_the_first()
    {
        var csv = $"""
            {Header}
            A,https://x.example/a,,awareness,,nope,,,
            B,https://x.example/b,,awareness,,ci,,,
            C,notaurl,,awareness,,ci,,,
            B again,https://x.example/b,,awareness,,ci,,,
            """;
        var result = await _catalog.ImportAsync(csv);
        Assert.Equal([2, 4, 5], result.Problems.Select(p => p.Line));
        Assert.Contains("already on line 3", result.Problems[2].Reason);
    }

    [Fact]
    public async Task A_header_with_unknown_or_missing_columns_is_refused()
    {
        var result = await _catalog.ImportAsync("title,link,stages\nA,https://x.example/a,awareness\n");
        Assert.Contains(result.Problems, p => p.Line == 1 && p.Reason.Contains("unknown column 'link'"));
        Assert.Contains(result.Problems, p => p.Line == 1 && p.Reason.Contains("'use_cases' is missing"));
    }

    [Fact]
    public async Task Unknown_use_cases_are_created_only_when_asked()
    {
        var csv = $"{Header}\nA,https://x.example/a,,awareness,,platform-engineering,,,\n";
        Assert.False((await _catalog.ImportAsync(csv)).Succeeded);

        var result = await _catalog.ImportAsync(csv, options: new ImportOptions(CreateUseCases: true));

        Assert.True(result.Succeeded);
        Assert.NotNull((await _catalog.SnapshotAsync()).UseCase("platform-engineering"));
    }

    [Fact]
    public async Task Replace_swaps_all_collateral_but_keeps_the_vocabulary()
    {
        var before = await _catalog.SnapshotAsync();
        var csv = $"{Header}\nOnly one,https://x.example/only,,awareness,,ci,,,\n";

        var result = await _catalog.ImportAsync(csv, options: new ImportOptions(Replace: true));

        Assert.Equal(before.Items.Count, result.Removed);
        var after = await _catalog.SnapshotAsync();
        Assert.Equal("https://x.example/only", Assert.Single(after.Items).Url);
        Assert.Equal(before.UseCases.Select(u => u.Key), after.UseCases.Select(u => u.Key));
    }

    [Fact]
    public async Task Replace_with_an_empty_file_is_refused()
    {
        var result = await _catalog.ImportAsync(Header + "\n", options: new ImportOptions(Replace: true));
        Assert.False(result.Succeeded);
        Assert.True(await CountAsync() > 0);
    }

    [Fact]
    public async Task Every_import_is_audited()
    {
        await _catalog.ImportAsync($"{Header}\nA,https://x.example/a,,awareness,,ci,,,\n", options: new ImportOptions(Actor: "U123"));
        await using var db = await _catalog.DbAsync();
        var entry = await db.AuditLog.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("U123", "import"), (entry.Actor, entry.Action));
    }

    [Theory]
    [InlineData(CatalogFormat.Csv)]
    [InlineData(CatalogFormat.Yaml)]
    public async Task Export_then_import_into_an_empty_catalog_round_trips(CatalogFormat format)
    {
        var original = await _catalog.SnapshotAsync();
        var exported = Export(original, format);

        await using var other = await TestCatalog.CreateAsync();
        var result = await other.ImportAsync(exported, format, new ImportOptions(Replace: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));

        var copy = await other.SnapshotAsync();
        Assert.Equal(exported, Export(copy, format));
        Assert.Equal(original.Items.Count, copy.Items.Count);
    }

    private static string Export(CatalogSnapshot catalog, CatalogFormat format)
    {
        using var writer = new StringWriter();
        if (format == CatalogFormat.Csv) CatalogTransfer.WriteCsv(catalog.Items.OrderBy(i => i.Url, StringComparer.Ordinal), writer);
        else
        {
            var doc = CatalogTransfer.ToDocument(catalog);
            doc.Collateral = doc.Collateral.OrderBy(c => c.Url, StringComparer.Ordinal).ToList();
            CatalogYaml.Write(doc, writer);
        }
        return writer.ToString();
    }

    [Fact]
    public async Task A_yaml_item_with_a_bad_value_is_reported_with_its_line()
    {
        var yaml = """
            collateral:
              - title: Fine
                url: https://y.example/fine
                stages: [awareness]
                use_cases: [ci]
              - title: Broken
                url: https://y.example/broken
                stages: [nowhere]
                use_cases: [ci]
            """;
        var result = await _catalog.ImportAsync(yaml, CatalogFormat.Yaml);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("unknown stage 'nowhere'", problem.Reason);
    }

    [Fact]
    public async Task Malformed_yaml_is_reported_not_thrown()
    {
        var result = await _catalog.ImportAsync("collateral: [ {title: x", CatalogFormat.Yaml);
        Assert.False(result.Succeeded);
        Assert.Contains("cannot be read", result.Problems[0].Reason);
    }

    [Fact]
    public async Task A_file_of_more_rows_than_sqlite_has_parameters_imports_and_imports_again_as_updates()
    {
        // SQLite allows at most 32,766 parameters in one statement; a 33,000-row file matches its URLs in one query.
        var csv = new System.Text.StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        for (var i = 0; i < 33_000; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Item {i},https://bulk.example/{i},Guide,awareness,,ci,2026-01-01,pmm,\n");

        var first = await _catalog.ImportAsync(csv.ToString());
        var again = await _catalog.ImportAsync(csv.ToString(), options: new ImportOptions(Replace: true));

        Assert.True(first.Succeeded, string.Join("; ", first.Problems));
        Assert.Equal(33_000, first.Added);
        Assert.True(again.Succeeded, string.Join("; ", again.Problems));
        Assert.Equal((0, 33_000), (again.Added, again.Updated));
    }
}
