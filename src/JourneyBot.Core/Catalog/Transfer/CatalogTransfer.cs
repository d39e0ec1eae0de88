using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JourneyBot.Core.Catalog.Transfer;

public enum CatalogFormat { Csv, Yaml }

/// <summary>A collateral row read from a file, with the line it started on (the header is line 1).</summary>
public sealed record NumberedInput(int Line, CollateralInput Input);

/// <summary>What a file holds: collateral rows, problems, and for YAML its root, where other sections (motions) are read.</summary>
public sealed record CatalogFile(IReadOnlyList<NumberedInput> Rows, IReadOnlyList<FileProblem> Problems, YamlMappingNode? Yaml = null);

public sealed record FileProblem(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

/// <summary>Reads and writes collateral files: CSV (<c>title,url,type,stages,...</c>) and YAML (a <see cref="CatalogDocument"/>).</summary>
public static class CatalogTransfer
{
    /// <summary>The columns written; a file may leave out any but the required ones (the nine-column header before reviewed_on and retired_on still reads).</summary>
    public static readonly string[] CsvColumns =
        ["title", "url", "type", "stages", "personas", "use_cases", "updated_on", "owner", "description", "reviewed_on", "retired_on"];
    private static readonly string[] RequiredColumns = ["title", "url", "stages", "use_cases"];

    public static CatalogFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => CatalogFormat.Csv,
        ".yaml" or ".yml" => CatalogFormat.Yaml,
        var other => throw new ArgumentException($"{path}: unknown file type '{other}'; use .csv, .yaml or .yml"),
    };

    public static CatalogFile Read(TextReader reader, CatalogFormat format)
    {
        if (format == CatalogFormat.Yaml) return ReadYaml(reader);
        var (rows, problems) = ReadCsv(reader);
        return new CatalogFile(rows, problems);
    }

    private static (IReadOnlyList<NumberedInput>, IReadOnlyList<FileProblem>) ReadCsv(TextReader reader)
    {
        var rows = new List<NumberedInput>();
        var problems = new List<FileProblem>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
                return (rows, [new FileProblem(1, "the file is empty: a header row is required (" + string.Join(',', CsvColumns) + ")")]);
            var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
            foreach (var unknown in header.Where(h => !CsvColumns.Contains(h)))
                problems.Add(new FileProblem(1, $"unknown column '{unknown}'; columns are {string.Join(',', CsvColumns)}"));
            foreach (var missing in RequiredColumns.Where(r => !header.Contains(r)))
                problems.Add(new FileProblem(1, $"required column '{missing}' is missing"));
            if (problems.Count > 0) return (rows, problems);

            while (csv.Read())
            {
                var line = csv.Parser.Row;
                string? Cell(string name) => header.Contains(name) ? SpreadsheetCells.Restore(csv.GetField(name)) : null;
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new NumberedInput(line, new CollateralInput(
                    Cell("title"), Cell("url"), Cell("type"),
                    CollateralRules.SplitList(Cell("stages")), CollateralRules.SplitList(Cell("personas")), CollateralRules.SplitList(Cell("use_cases")),
                    Cell("updated_on"), Cell("owner"), Cell("description"), Cell("reviewed_on"), Cell("retired_on"))));
            }
        }
        catch (CsvHelperException e)
        {
            problems.Add(new FileProblem(e.Context?.Parser?.Row ?? 0, "the CSV cannot be read: " + e.Message.Split('\n')[0]));
        }
        return (rows, problems);
    }

    // Read through the representation model, not a deserializer, so every item keeps its line number.
    private static CatalogFile ReadYaml(TextReader reader)
    {
        var rows = new List<NumberedInput>();
        var problems = new List<FileProblem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedYamlParser(reader));
        }
        catch (YamlException e)
        {
            return new CatalogFile(rows, [new FileProblem((int)e.Start.Line, "the YAML cannot be read: " + e.Message)]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            return new CatalogFile(rows, [new FileProblem(1, "the YAML has no 'collateral:' list")]);
        if (!root.Children.TryGetValue(new YamlScalarNode("collateral"), out var node))
        {
            // A file of motions (value plays) or personas (job titles) alone is fine; a file of none of them is a mistake.
            var vocabularyOnly = new[] { "motions", "personas", "teams" }.Any(list => root.Children.ContainsKey(new YamlScalarNode(list)));
            return new CatalogFile(rows, vocabularyOnly ? [] : [new FileProblem(1, "the YAML has no 'collateral:', 'personas:' or 'motions:' list")], root);
        }
        if (node is not YamlSequenceNode items)
            return new CatalogFile(rows, [new FileProblem((int)node.Start.Line, "'collateral' must be a list of items")], root);

        foreach (var item in items)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode map)
            {
                problems.Add(new FileProblem(line, "each collateral item must be a mapping (title:, url:, ...)"));
                continue;
            }
            var fields = new Dictionary<string, YamlNode>();
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                if (!CsvColumns.Contains(key)) problems.Add(new FileProblem((int)k.Start.Line, $"unknown field '{key}'"));
                else fields[key] = v;
            }
            string? Scalar(string name) => fields.GetValueOrDefault(name) is YamlScalarNode s ? s.Value : null;
            IReadOnlyList<string> List(string name) => fields.GetValueOrDefault(name) switch
            {
                YamlSequenceNode seq => seq.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
                YamlScalarNode s => CollateralRules.SplitList(s.Value),
                _ => [],
            };
            rows.Add(new NumberedInput(line, new CollateralInput(
                Scalar("title"), Scalar("url"), Scalar("type"), List("stages"), List("personas"), List("use_cases"),
                Scalar("updated_on"), Scalar("owner"), Scalar("description"), Scalar("reviewed_on"), Scalar("retired_on"))));
        }
        return new CatalogFile(rows, problems, root);
    }

    public static void WriteCsv(IEnumerable<CollateralItem> items, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in CsvColumns) csv.WriteField(column);
        csv.NextRecord();
        // Every cell goes through SpreadsheetCells: titles, owners and descriptions are anyone's text.
        void Cell(string value) => csv.WriteField(SpreadsheetCells.Neutralise(value));
        foreach (var i in items)
        {
            Cell(i.Title);
            Cell(i.Url);
            Cell(i.Type ?? "");
            Cell(string.Join(';', i.Stages));
            Cell(string.Join(';', i.Personas));
            Cell(string.Join(';', i.UseCases));
            Cell(Day(i.UpdatedOn));
            Cell(i.Owner ?? "");
            Cell(i.Description ?? "");
            Cell(i.ReviewedOn is { } reviewed ? Day(reviewed) : "");
            Cell(i.RetiredOn is { } retired ? Day(retired) : "");
            csv.NextRecord();
        }
    }

    /// <summary>What an export holds: every item, retired ones too (with their date), by id.</summary>
    public static IEnumerable<CollateralItem> Exported(CatalogSnapshot catalog) => catalog.Items.Concat(catalog.Retired).OrderBy(i => i.Id);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The whole catalog as one YAML document: the vocabulary, then the collateral.</summary>
    public static CatalogDocument ToDocument(CatalogSnapshot catalog) => new()
    {
        Journeys = catalog.AllStages.GroupBy(s => (s.JourneyKey, s.JourneyName)).Select(g => new JourneyDocument
        {
            Key = g.Key.JourneyKey, Name = g.Key.JourneyName, Tagging = catalog.BuyerStages.Count > 0 && catalog.BuyerStages[0].JourneyKey == g.Key.JourneyKey,
            Stages = g.OrderBy(s => s.Position).Select(s => new StageDocument
            {
                Key = s.Key, Name = s.Name, Definition = s.Definition, Focus = s.Focus, Owner = s.Owner, MeasuredBy = s.MeasuredBy,
                Activities = [.. s.Activities], TypicalCollateral = [.. s.TypicalCollateral], Aliases = [.. s.Aliases],
            }).ToList(),
        }).ToList(),
        Personas = catalog.Personas.Select(p => new PersonaDocument { Key = p.Key, Name = p.Name, Needs = p.Needs, Aliases = [.. p.Aliases], Titles = [.. p.Titles] }).ToList(),
        Motions = catalog.Motions.Select(m => new MotionDocument
        {
            Key = m.Key, Name = m.Name, Channel = m.Channel, Aliases = [.. m.Aliases],
            ValuePlay = ValuePlayDocument.From(m.ValuePlay),
        }).ToList(),
        UseCases = catalog.UseCases.Select(u => new UseCaseDocument { Key = u.Key, Name = u.Name, Motion = u.MotionKey, Description = u.Description, Aliases = [.. u.Aliases] }).ToList(),
        CollateralTypes = catalog.CollateralTypes.Select(t => new CollateralTypeDocument { Key = Journeys.Vocabulary.Normalize(t), Name = t }).ToList(),
        Teams = catalog.Teams.Select(TeamTransfer.ToDocument).ToList(),
        Collateral = Exported(catalog).Select(i => new CollateralDocument
        {
            Title = i.Title, Url = i.Url, Type = i.Type, Stages = [.. i.Stages], Personas = [.. i.Personas], UseCases = [.. i.UseCases],
            UpdatedOn = Day(i.UpdatedOn), Owner = i.Owner, Description = i.Description,
            ReviewedOn = i.ReviewedOn is { } reviewed ? Day(reviewed) : null, RetiredOn = i.RetiredOn is { } retired ? Day(retired) : null,
        }).ToList(),
    };
}
