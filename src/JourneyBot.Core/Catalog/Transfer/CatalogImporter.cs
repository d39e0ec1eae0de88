using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog.Transfer;

public sealed record ImportOptions(bool Replace = false, bool CreateUseCases = false, string Actor = "cli");

public sealed record ImportResult(int Added, int Updated, int Removed, IReadOnlyList<FileProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Motions (with their value plays) added or replaced from the file's <c>motions:</c> list.</summary>
    public int Motions { get; init; }

    /// <summary>Personas (with their aliases and job titles) added or updated from the file's <c>personas:</c> list.</summary>
    public int Personas { get; init; }

    /// <summary>Retired items the file brought back (their rows have no <c>retired_on</c>); counted among the updated.</summary>
    public int Restored { get; init; }
    /// <summary>Teams (owners Slack can reach) added or updated from the file's <c>teams:</c> list.</summary>
    public int Teams { get; init; }
}

/// <summary>
/// Imports collateral all or nothing: every row is checked first and every bad row reported as
/// <c>line N: reason</c>; only a file without problems is written, in one transaction.
/// </summary>
public sealed class CatalogImporter(IDbContextFactory<CatalogDbContext> contexts, CatalogSnapshotProvider catalogs, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(TextReader reader, CatalogFormat format, ImportOptions options, CancellationToken cancellationToken)
    {
        var file = CatalogTransfer.Read(reader, format);
        var found = file.Problems.ToList();
        var catalog = await catalogs.RefreshAsync(cancellationToken);
        var (motions, motionProblems) = file.Yaml is { } yaml ? MotionTransfer.Read(yaml, catalog) : ([], []);
        found.AddRange(motionProblems);
        var (personas, personaProblems) = file.Yaml is { } root ? PersonaTransfer.Read(root, catalog) : ([], []);
        found.AddRange(personaProblems);
        var (teams, teamProblems) = file.Yaml is { } teamRoot ? TeamTransfer.Read(teamRoot, catalog) : ([], []);
        found.AddRange(teamProblems);
        var rows = file.Rows;
        var now = clock.GetUtcNow().UtcDateTime;
        var drafts = new List<CollateralDraft>(rows.Count);
        var firstLineOf = new Dictionary<string, (int Line, string Url)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (draft, rowProblems) = CollateralRules.Check(row.Input, catalog, DateOnly.FromDateTime(now), options.CreateUseCases);
            found.AddRange(rowProblems.Select(p => new FileProblem(row.Line, p.Problem)));
            if (draft is null) continue;
            // Two rows of one page (one with tracking parameters, http, www. or a trailing slash) would be one item.
            var key = Journeys.WebUrl.MatchKey(draft.Url);
            if (firstLineOf.TryGetValue(key, out var first))
                found.Add(new FileProblem(row.Line, first.Url == draft.Url
                    ? $"url {draft.Url} is already on line {first.Line}"
                    : $"url {draft.Url} is the same page as {first.Url} on line {first.Line}"));
            else
            {
                firstLineOf[key] = (row.Line, draft.Url);
                drafts.Add(draft);
            }
        }
        if (found.Count > 0) return new ImportResult(0, 0, 0, found.OrderBy(p => p.Line).ToList());
        if (drafts.Count == 0 && options.Replace)
            return new ImportResult(0, 0, 0, [new FileProblem(1, "the file has no collateral; --replace with an empty file would delete the whole catalog")]);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Personas, motions and collateral in one transaction: the writer joins it.
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var personasWritten = personas.Count == 0 ? 0 : await PersonaTransfer.ApplyAsync(db, personas, cancellationToken);
        var motionsWritten = motions.Count == 0 ? 0 : await MotionTransfer.ApplyAsync(db, motions, cancellationToken);
        var teamsWritten = teams.Count == 0 ? 0 : await TeamTransfer.ApplyAsync(db, teams, cancellationToken);
        var written = await CatalogWriter.SaveAsync(db, drafts, options.Replace, options.Actor, options.Replace ? "import --replace" : "import", now, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await catalogs.RefreshAsync(cancellationToken);
        return new ImportResult(written.Added, written.Updated, written.Removed, []) { Motions = motionsWritten, Personas = personasWritten, Restored = written.Restored, Teams = teamsWritten };
    }
}
