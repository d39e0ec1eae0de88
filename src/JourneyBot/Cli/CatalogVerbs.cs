using System.CommandLine;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;

namespace JourneyBot.Cli;

/// <summary><c>catalog import</c>, <c>catalog export</c>, <c>catalog usage</c>, and <c>catalog retire</c> and <c>restore</c> of one item.</summary>
public static class CatalogVerbs
{
    public static Command Create(BotHost host, TextWriter output, TextWriter error) =>
        new("catalog", "the catalog as a file: import and export; usage counts; retire or restore one item")
        {
            Import(host, output, error), Export(host, output), CatalogUsageVerb.Create(host, output), CatalogLifecycleVerbs.Retire(host, output, error), CatalogLifecycleVerbs.Restore(host, output, error),
        };

    private static Command Import(BotHost host, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "a .csv or .yaml file" };
        Verbs.RefuseUnknownOptions(file);
        var replace = new Option<bool>("--replace") { Description = "the file's collateral replaces all collateral (the vocabulary stays)" };
        var createUseCases = new Option<bool>("--create-use-cases") { Description = "add use cases the catalog does not know instead of refusing them" };
        var command = new Command("import", "upserts collateral by URL, all or nothing: any bad row is reported as 'line N: reason', nothing is imported, exit code 1")
        {
            file, replace, createUseCases,
        };
        command.SetAction(async (parse, cancellationToken) => await ImportAsync(
            parse.GetValue(file)!, new ImportOptions(parse.GetValue(replace), parse.GetValue(createUseCases)), host, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> ImportAsync(string path, ImportOptions options, BotHost host, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: no such file. Nothing was imported.");
            return 1;
        }
        var format = FormatOf(path);
        var (text, notUtf8) = StrictUtf8.Decode(await File.ReadAllBytesAsync(path, cancellationToken));
        if (notUtf8 is not null) return await RefuseAsync(path, [notUtf8], error);
        using var reader = new StringReader(text!);
        var services = await host.CatalogServicesAsync(cancellationToken);
        var result = await services.GetRequiredService<CatalogImporter>().ImportAsync(reader, format, options, cancellationToken);
        if (!result.Succeeded) return await RefuseAsync(path, result.Problems, error);
        await output.WriteLineAsync($"Imported {path}: {result.Added} added, {result.Updated} updated, {result.Removed} removed"
            + (result.Restored > 0 ? $"; {result.Restored} retired item(s) offered again" : "")
            + (result.Personas > 0 ? $"; {result.Personas} persona(s) with their titles" : "")
            + (result.Motions > 0 ? $"; {result.Motions} motion(s) with their value plays" : "")
            + (result.Teams > 0 ? $"; {result.Teams} team(s)" : "") + ".");
        return 0;
    }

    private static async Task<int> RefuseAsync(string path, IReadOnlyList<FileProblem> problems, TextWriter error)
    {
        foreach (var problem in problems) await error.WriteLineAsync($"{path}: {problem}");
        await error.WriteLineAsync($"{problems.Count} problem(s). Nothing was imported.");
        return 1;
    }

    private static Command Export(BotHost host, TextWriter output)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv or yaml; default: the output file's extension, else csv" };
        format.AcceptOnlyFromAmong("csv", "yaml", "yml");
        var file = new Option<string>("--output", "-o") { Description = "the file to write; default: standard output", HelpName = "file" };
        var command = new Command("export", "the whole catalog, round-trippable through import") { format, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file);
            var chosen = parse.GetValue(format) switch
            {
                null => path is null ? CatalogFormat.Csv : FormatOf(path),
                "csv" => CatalogFormat.Csv,
                _ => CatalogFormat.Yaml,
            };
            var services = await host.CatalogServicesAsync(cancellationToken);
            await ExportAsync(await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(cancellationToken), chosen, path, output, cancellationToken);
            return 0;
        });
        return command;
    }

    private static CatalogFormat FormatOf(string path)
    {
        try { return CatalogTransfer.FormatOf(path); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
    }

    internal static async Task ExportAsync(CatalogSnapshot catalog, CatalogFormat format, string? path, TextWriter output, CancellationToken cancellationToken)
    {
        await using var writer = path is null ? null : new StreamWriter(path);
        var target = writer ?? output;
        if (format == CatalogFormat.Csv) CatalogTransfer.WriteCsv(CatalogTransfer.Exported(catalog), target);
        else CatalogYaml.Write(CatalogTransfer.ToDocument(catalog), target);
        await target.FlushAsync(cancellationToken);
    }
}
