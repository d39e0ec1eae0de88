using System.CommandLine;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;

namespace JourneyBot.Cli;

/// <summary><c>digest preview [--use-case X ...] [--json] [--image map.png]</c>: the digest a subscription would get now.</summary>
public static class DigestVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(BotHost host, TextWriter output, TextWriter error)
    {
        var useCases = new Option<string[]>("--use-case", "--use-cases")
        {
            Description = "a use case to cover (repeat it, or separate with commas); default: every use case",
            HelpName = "use-case",
        };
        var json = new Option<bool>("--json") { Description = "print {empty, stale, demand, unknown_words, unreachable_owners, review_due, changes, usage} in vocabulary keys" };
        var image = new Option<FileInfo?>("--image")
        {
            Description = "also write the journey map picture the digest carries, as a PNG file",
            HelpName = "map.png",
        };
        var preview = new Command("preview", "prints the digest a subscription would get now") { useCases, json, image };
        preview.SetAction(async (parse, cancellationToken) => await PreviewAsync(
            (parse.GetValue(useCases) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
            parse.GetValue(json), parse.GetValue(image), await host.CatalogServicesAsync(cancellationToken), output, error, cancellationToken));
        return new Command("digest", "the weekly digest (subscriptions are made in Slack: /journey digest subscribe)") { preview };
    }

    private static async Task<int> PreviewAsync(
        List<string> words, bool json, FileInfo? image, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().GetAsync(cancellationToken);
        var (useCases, problem) = DigestCommand.ReadUseCases(string.Join(' ', words), words, catalog);
        if (problem is not null)
        {
            await error.WriteAsync(TerminalText.Render(AnswerMessages.Build(problem)));
            return 2;
        }

        var digest = await services.GetRequiredService<DigestBuilder>().BuildAsync(catalog, useCases, channelId: null, baseline: null, cancellationToken);
        if (image is not null && !await MapPictureFile.WriteAsync(image, services, catalog, useCases, digest.Freshness, error, cancellationToken))
            return 1;
        if (json)
            await output.WriteLineAsync(JsonSerializer.Serialize(ToJson(digest), Json));
        else
            await output.WriteAsync(TerminalText.Render(AnswerMessages.Build(new DigestAnswer(digest, IsPreview: true))));
        return 0;
    }

    /// <summary>The <c>--json</c> shape of PRODUCT.md section 5: cells and demand in vocabulary keys.</summary>
    public static object ToJson(Digest digest) => new
    {
        empty = digest.Empty.Select(Cell),
        stale = digest.Stale.Select(Cell),
        demand = digest.Demand.Select(q => new { question = q.Question, count = q.Count, use_case = q.UseCase, stage = q.Stage, persona = q.Persona }),
        unknown_words = digest.UnknownWords.Select(w => new { word = w.Word, count = w.Count }),
        unreachable_owners = digest.UnreachableOwners.Select(o => new { owner = o.Owner, items = o.Items }),
        review_due = digest.DueForReview.Select(o => new { owner = o.Owner, items = o.Items }),
        changes = new
        {
            since = digest.Changes.Since,
            since_week = digest.Changes.SinceWeek,
            first = digest.Changes.IsFirst,
            added = digest.Changes.Added.Select(i => new { title = i.Title, url = i.Url, use_cases = i.UseCases, stages = i.Stages, added_at = i.AddedAt }),
            closed = digest.Changes.Closed.Select(Cell),
            opened = digest.Changes.Opened.Select(Cell),
        },
        usage = UsageJson.Of(digest.Usage),
    };

    private static object Cell(GapCell c) => new { use_case = c.UseCase, stage = c.Stage, persona = c.Persona };
}
