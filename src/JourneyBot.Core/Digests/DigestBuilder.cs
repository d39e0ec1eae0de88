using System.Text.RegularExpressions;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Digests;

/// <summary>
/// A question that found nothing, as the digest reads it from the query log: asked <see cref="Count"/> times, last at
/// <see cref="AskedAt"/>. Understood ones are demand gaps; the others are read only for unknown words.
/// </summary>
public sealed record UnansweredQuestion(
    string Question, string? UseCase, string? Stage, string? Persona, string? ChannelId, DateTime AskedAt, int Count = 1, bool Understood = true);

/// <summary>
/// Builds the weekly gap digest for a set of use cases: empty and stale cells (<see cref="GapMap"/>), demand gaps and
/// unknown words from the query log of the last <see cref="DigestOptions.DemandDays"/> days, and changes since the last digest.
/// </summary>
public sealed partial class DigestBuilder(
    IDbContextFactory<CatalogDbContext> contexts,
    IOptions<CatalogOptions> catalogOptions,
    IOptions<DigestOptions> digestOptions,
    UsageReport usage,
    TimeProvider clock,
    IOwnerReachability? owners = null)
{
    /// <summary>
    /// How long one read of the week's unanswered questions serves further digests. A Monday-09:00 fan-out builds
    /// hundreds of digests within minutes; reading the log once a minute instead of once per digest keeps 1,000 digests
    /// well inside 5 s, at the price of a question asked in the last minute reaching the digest a week later.
    /// </summary>
    public static readonly TimeSpan LogReuse = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private (DateTime ReadAt, int Days, IReadOnlyList<UnansweredQuestion> Questions)? _recent;

    /// <param name="useCaseKeys">The use cases the channel follows; empty means all.</param>
    /// <param name="channelId">Questions without a use case count for this channel's digest when asked in it.</param>
    public async Task<Digest> BuildAsync(
        CatalogSnapshot catalog, IReadOnlyList<string> useCaseKeys, string? channelId, DigestBaseline? baseline, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = digestOptions.Value.DemandDays;
        var questions = await RecentUnansweredAsync(now, days, cancellationToken);
        var digest = Build(catalog, useCaseKeys, channelId, baseline, questions, now, catalogOptions.Value.FreshnessDays, days);
        var scope = useCaseKeys.Count == 0 ? null : digest.UseCases.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var due = Reviews.ReviewDue.At(clock.GetUtcNow(), catalogOptions.Value.ReviewDays);
        digest = digest with
        {
            Usage = DigestUsage.Build(catalog, scope, await usage.RecentAsync(7, cancellationToken), await usage.RecentAsync(UsageReport.WindowDays, cancellationToken), now),
            DueForReview = DigestOwners.Of(catalog, digest, due.IsDue),
        };
        return owners is null ? digest : digest with { UnreachableOwners = await owners.UnreachableAsync(DigestOwners.Of(catalog, digest), cancellationToken) };
    }

    private async Task<IReadOnlyList<UnansweredQuestion>> RecentUnansweredAsync(DateTime now, int days, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_recent is { } recent && recent.Days == days && now >= recent.ReadAt && now - recent.ReadAt < LogReuse)
                return recent.Questions;
        }
        var questions = await UnansweredSinceAsync(now.AddDays(-days), cancellationToken);
        lock (_gate) _recent = (now, days, questions);
        return questions;
    }

    /// <summary>
    /// The questions that found nothing or were not understood since <paramref name="since"/> (the AskedAt index),
    /// counted per exact text, keys and channel in the database; <see cref="Build"/> merges them per normalised question.
    /// Searches that found nothing are left out: a search is not a question about the journey map.
    /// </summary>
    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredSinceAsync(DateTime since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.QueryLog.AsNoTracking()
            .Where(q => q.AskedAt >= since && q.Command != QueryLog.Search)
            .GroupBy(q => new
            {
                q.Question, q.UseCaseKey, q.StageKey, q.PersonaKey, q.ChannelId,
                Understood = q.Command != QueryLog.NotUnderstood && q.Command != QueryLog.IgnoredWords,
            })
            .Select(g => new { g.Key.Question, g.Key.UseCaseKey, g.Key.StageKey, g.Key.PersonaKey, g.Key.ChannelId, g.Key.Understood, Count = g.Count(), Last = g.Max(q => q.AskedAt) })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new UnansweredQuestion(g.Question, g.UseCaseKey, g.StageKey, g.PersonaKey, g.ChannelId, g.Last, g.Count, g.Understood)).ToList();
    }

    public static Digest Build(
        CatalogSnapshot catalog, IReadOnlyList<string> useCaseKeys, string? channelId, DigestBaseline? baseline,
        IReadOnlyList<UnansweredQuestion> questions, DateTime now, int freshnessDays, int demandDays)
    {
        var all = useCaseKeys.Count == 0;
        var gaps = GapMap.Compute(catalog, all ? null : useCaseKeys, new Freshness(DateOnly.FromDateTime(now), freshnessDays));
        var scope = gaps.UseCases.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

        var demandSince = now.AddDays(-demandDays);
        var asked = questions
            .Where(q => q.AskedAt >= demandSince && q.AskedAt <= now)
            .Where(q => q.UseCase is null ? all || (channelId is not null && q.ChannelId == channelId) : all || scope.Contains(q.UseCase))
            .ToList();
        var demand = asked
            .Where(q => q.Understood) // only a question understood, with nothing to offer, is a demand gap
            .Select(q => (q, Text: NormalizeQuestion(q.Question)))
            .Where(x => x.Text.Length > 0)
            .GroupBy(x => (x.q.UseCase, x.q.Stage, x.q.Persona, x.Text))
            .Select(g => new DemandGap(g.Key.Text, g.Sum(x => x.q.Count), g.Key.UseCase, g.Key.Stage, g.Key.Persona))
            .OrderByDescending(d => d.Count).ThenBy(d => d.UseCase, StringComparer.Ordinal).ThenBy(d => d.Question, StringComparer.Ordinal)
            .ToList();

        var unknownWords = UnknownWords.Top(asked.Where(q => !q.Understood), catalog.Vocabulary);

        var since = baseline?.At ?? demandSince;
        var added = catalog.Items
            .Where(i => i.AddedAt > since && i.AddedAt <= now && (all || i.UseCases.Any(scope.Contains)))
            .OrderByDescending(i => i.AddedAt).ThenBy(i => i.Id) // a bulk import adds thousands: keep the sort cheap
            .ToList();
        IReadOnlyList<GapCell> closed = [], opened = [];
        if (baseline is not null)
        {
            var before = baseline.Gaps.Where(c => scope.Contains(c.UseCase)).ToHashSet();
            var current = gaps.Empty.Concat(gaps.Stale).ToHashSet();
            closed = before.Where(c => !current.Contains(c)).OrderBy(c => c, CellOrder(catalog)).ToList();
            opened = current.Where(c => !before.Contains(c)).OrderBy(c => c, CellOrder(catalog)).ToList();
        }

        return new Digest(
            gaps.UseCases, all, gaps.Empty, gaps.StaleCounts, demand, unknownWords,
            new DigestChanges(since, baseline?.Week, baseline is null, added, closed, opened),
            gaps.CellCount, gaps.Freshness, demandDays, now);
    }

    /// <summary>"Which Webinar fits CI   managers?" and "which webinar fits ci managers" count as one question.</summary>
    public static string NormalizeQuestion(string question)
    {
        var text = Spaces().Replace(question.Trim().ToLowerInvariant(), " ");
        return text.TrimEnd('?', '!', '.', ' ');
    }

    /// <summary>Catalog order: use cases, then buyer stages, then personas, as they are listed in the catalog.</summary>
    private static Comparer<GapCell> CellOrder(CatalogSnapshot catalog)
    {
        int Index<T>(IReadOnlyList<T> list, Func<T, bool> match)
        {
            for (var i = 0; i < list.Count; i++) if (match(list[i])) return i;
            return int.MaxValue;
        }
        return Comparer<GapCell>.Create((a, b) =>
        {
            var c = Index(catalog.UseCases, u => u.Key == a.UseCase).CompareTo(Index(catalog.UseCases, u => u.Key == b.UseCase));
            if (c != 0) return c;
            c = Index(catalog.BuyerStages, s => s.Key == a.Stage).CompareTo(Index(catalog.BuyerStages, s => s.Key == b.Stage));
            return c != 0 ? c : Index(catalog.Personas, p => p.Key == a.Persona).CompareTo(Index(catalog.Personas, p => p.Key == b.Persona));
        });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
