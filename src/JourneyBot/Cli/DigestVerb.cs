using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;

namespace JourneyBot.Cli;

/// <summary><c>digest preview [--use-case X ...] [--json]</c>: the digest a subscription would get now.</summary>
public static class DigestVerb
{
    public const string Usage = "digest preview [--use-case X ...] [--json]";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (line.Positional.FirstOrDefault()?.ToLowerInvariant() != "preview") throw new UsageException("digest needs 'preview' (subscriptions are made in Slack: /journey digest subscribe)");
        var json = line.Flag("--json");
        var words = new List<string>();
        while (line.Option("--use-case", "--use-cases") is { } value) words.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        line.RejectUnknownOptions();
        if (line.Positional.Count > 1) throw new UsageException($"unexpected '{line.Positional[1]}': name use cases with --use-case");

        var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().GetAsync(cancellationToken);
        var (useCases, problem) = DigestCommand.ReadUseCases(string.Join(' ', words), words, catalog);
        if (problem is not null)
        {
            await error.WriteAsync(TerminalText.Render(AnswerMessages.Build(problem)));
            return 2;
        }

        var digest = await services.GetRequiredService<DigestBuilder>().BuildAsync(catalog, useCases, channelId: null, baseline: null, cancellationToken);
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
        changes = new
        {
            since = digest.Changes.Since,
            since_week = digest.Changes.SinceWeek,
            first = digest.Changes.IsFirst,
            added = digest.Changes.Added.Select(i => new { title = i.Title, url = i.Url, use_cases = i.UseCases, stages = i.Stages, added_at = i.AddedAt }),
            closed = digest.Changes.Closed.Select(Cell),
            opened = digest.Changes.Opened.Select(Cell),
        },
    };

    private static object Cell(GapCell c) => new { use_case = c.UseCase, stage = c.Stage, persona = c.Persona };
}
