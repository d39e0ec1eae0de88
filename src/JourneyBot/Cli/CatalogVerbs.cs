using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;

namespace JourneyBot.Cli;

/// <summary><c>catalog import</c> and <c>catalog export</c>.</summary>
public static class CatalogVerbs
{
    public const string Usage = "catalog import <file.csv|file.yaml> [--replace] [--create-use-cases]\n  catalog export [--format csv|yaml] [-o file]";

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var sub = line.Positional.FirstOrDefault()?.ToLowerInvariant();
        return sub switch
        {
            "import" => await ImportAsync(line, services, output, error, cancellationToken),
            "export" => await ExportAsync(line, services, output, cancellationToken),
            _ => throw new UsageException(sub is null ? "catalog needs import or export" : $"unknown catalog command '{sub}'"),
        };
    }

    private static async Task<int> ImportAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var replace = line.Flag("--replace");
        var createUseCases = line.Flag("--create-use-cases");
        line.RejectUnknownOptions();
        if (line.Positional.Count != 2) throw new UsageException("catalog import needs one file");
        var path = line.Positional[1];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: no such file. Nothing was imported.");
            return 1;
        }
        CatalogFormat format;
        try { format = CatalogTransfer.FormatOf(path); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }

        var (text, notUtf8) = StrictUtf8.Decode(await File.ReadAllBytesAsync(path, cancellationToken));
        if (notUtf8 is not null) return await RefuseAsync(path, [notUtf8], error);
        using var reader = new StringReader(text!);
        var result = await services.GetRequiredService<CatalogImporter>()
            .ImportAsync(reader, format, new ImportOptions(replace, createUseCases), cancellationToken);
        if (!result.Succeeded) return await RefuseAsync(path, result.Problems, error);
        await output.WriteLineAsync($"Imported {path}: {result.Added} added, {result.Updated} updated, {result.Removed} removed.");
        return 0;
    }

    private static async Task<int> RefuseAsync(string path, IReadOnlyList<FileProblem> problems, TextWriter error)
    {
        foreach (var problem in problems) await error.WriteLineAsync($"{path}: {problem}");
        await error.WriteLineAsync($"{problems.Count} problem(s). Nothing was imported.");
        return 1;
    }

    private static async Task<int> ExportAsync(CommandLine line, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var formatName = line.Option("--format", "-f");
        var file = line.Option("-o", "--output");
        line.RejectUnknownOptions();
        var format = formatName?.ToLowerInvariant() switch
        {
            null => file is null ? CatalogFormat.Csv : CatalogTransfer.FormatOf(file),
            "csv" => CatalogFormat.Csv,
            "yaml" or "yml" => CatalogFormat.Yaml,
            _ => throw new UsageException($"unknown format '{formatName}'; use csv or yaml"),
        };
        var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(cancellationToken);
        await using var writer = file is null ? null : new StreamWriter(file);
        var target = writer ?? output;
        if (format == CatalogFormat.Csv) CatalogTransfer.WriteCsv(catalog.Items.OrderBy(i => i.Id), target);
        else CatalogYaml.Write(CatalogTransfer.ToDocument(catalog), target);
        await target.FlushAsync(cancellationToken);
        return 0;
    }
}
