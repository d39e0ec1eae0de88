using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Usage;

namespace JourneyBot.Cli;

/// <summary><c>catalog usage [--since DATE] [--format csv|json] [-o file]</c>: each item's usage counts.</summary>
public static class CatalogUsageVerb
{
    public static readonly string[] CsvColumns = ["url", "title", "owner", "offered", "opened", "channels", "last_offered_on", "last_opened_on"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(BotHost host, TextWriter output)
    {
        var since = new Option<string>("--since") { Description = "count from this date's ISO week on (yyyy-MM-dd); default: all weeks", HelpName = "date" };
        var format = new Option<string>("--format", "-f") { Description = "csv or json; default: the output file's extension, else csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var file = new Option<string>("--output", "-o") { Description = "the file to write; default: standard output", HelpName = "file" };
        var command = new Command("usage", "times each item was offered and opened in Slack, and in how many channels (no user is recorded)") { since, format, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var from = ReadSince(parse.GetValue(since));
            var path = parse.GetValue(file);
            var json = (parse.GetValue(format) ?? (path?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true ? "json" : "csv")) == "json";
            var services = await host.CatalogServicesAsync(cancellationToken);
            var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(cancellationToken);
            var totals = await services.GetRequiredService<UsageReport>().TotalsSinceAsync(from, cancellationToken);
            await using var writer = path is null ? null : new StreamWriter(path);
            var target = writer ?? output;
            Write(catalog.Items.OrderBy(i => i.Id), totals, json, target);
            await target.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static DateOnly? ReadSince(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UsageException($"--since: '{value}' is not a date (yyyy-MM-dd).");

    /// <summary>Every item, used or not, with its counts; as CSV (cells neutralised as the catalog export does) or JSON.</summary>
    public static void Write(IEnumerable<CollateralItem> items, IReadOnlyDictionary<int, UsageTotals> totals, bool json, TextWriter writer)
    {
        var rows = items.Select(i => (Item: i, Totals: totals.GetValueOrDefault(i.Id) ?? UsageTotals.None));
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(rows.Select(r => new
            {
                url = r.Item.Url, title = r.Item.Title, owner = r.Item.Owner, offered = r.Totals.Offered, opened = r.Totals.Opened,
                channels = r.Totals.Channels, last_offered_on = Day(r.Totals.LastOfferedAt), last_opened_on = Day(r.Totals.LastOpenedAt),
            }), Json));
            return;
        }
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in CsvColumns) csv.WriteField(column);
        csv.NextRecord();
        // Titles and owners are anyone's text: a cell starting with = or + must not run as a formula.
        void Cell(string? value) => csv.WriteField(SpreadsheetCells.Neutralise(value ?? ""));
        foreach (var (item, t) in rows)
        {
            Cell(item.Url);
            Cell(item.Title);
            Cell(item.Owner);
            Cell(t.Offered.ToString(CultureInfo.InvariantCulture));
            Cell(t.Opened.ToString(CultureInfo.InvariantCulture));
            Cell(t.Channels.ToString(CultureInfo.InvariantCulture));
            Cell(Day(t.LastOfferedAt));
            Cell(Day(t.LastOpenedAt));
            csv.NextRecord();
        }
    }

    private static string? Day(DateTime? at) => at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
