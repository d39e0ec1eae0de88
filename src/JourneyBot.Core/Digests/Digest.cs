using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;

namespace JourneyBot.Core.Digests;

/// <summary>
/// The weekly gap digest of PRODUCT.md section 3 for a set of use cases: the journey map's holes now, what people
/// asked for and did not find, the words they used that the vocabulary did not know, and what changed since the last digest.
/// </summary>
public sealed record Digest(
    IReadOnlyList<UseCaseInfo> UseCases,
    bool AllUseCases,
    IReadOnlyList<GapCell> Empty,
    IReadOnlyList<StaleCount> StaleCounts,
    IReadOnlyList<DemandGap> Demand,
    IReadOnlyList<UnknownWordCount> UnknownWords,
    DigestChanges Changes,
    int CellCount,
    Freshness Freshness,
    int DemandDays,
    DateTime BuiltAt)
{
    /// <summary>Cells whose every item is stale (the stale gaps; <see cref="StaleCounts"/> also has cells with some).</summary>
    public IReadOnlyList<GapCell> Stale => StaleCounts.Where(s => s.AllStale).Select(s => s.Cell).ToList();

    /// <summary>What was opened, offered and unused (null when not read, as in a digest built from given data).</summary>
    public DigestUsage? Usage { get; init; }

    /// <summary>Empty and stale cells together: what "gap" means when comparing digests.</summary>
    public IEnumerable<GapCell> Gaps => Empty.Concat(Stale);

    /// <summary>Owners of the digest's items whom Slack cannot reach (see <see cref="IOwnerReachability"/>); each once.</summary>
    public IReadOnlyList<OwnerItems> UnreachableOwners { get; init; } = [];

    /// <summary>Owners with items due for review (<see cref="Reviews.ReviewDue"/>), with how many, most first.</summary>
    public IReadOnlyList<OwnerItems> DueForReview { get; init; } = [];
}

/// <summary>A question that found nothing, asked <see cref="Count"/> times (normalised; keys of what it named).</summary>
public sealed record DemandGap(string Question, int Count, string? UseCase, string? Stage, string? Persona);

/// <summary>
/// What changed since <see cref="Since"/> (the last digest, or the demand window before the first one):
/// collateral added, gaps closed and gaps opened. Closed and opened are empty for a first digest.
/// </summary>
public sealed record DigestChanges(
    DateTime Since,
    string? SinceWeek,
    bool IsFirst,
    IReadOnlyList<CollateralItem> Added,
    IReadOnlyList<GapCell> Closed,
    IReadOnlyList<GapCell> Opened);

/// <summary>The last digest a subscription got: when, which week, and the gaps it reported.</summary>
public sealed record DigestBaseline(DateTime At, string Week, IReadOnlyList<GapCell> Gaps);

/// <summary>A digest to show: posted by the weekly job, or previewed on request.</summary>
public sealed record DigestAnswer(Digest Digest, bool IsPreview) : Answer;

public enum DigestSubscriptionChange { Subscribed, Updated, Unchanged }

/// <summary>A channel's subscription after subscribe (or as asked by status), with its next run in its own zone.</summary>
public sealed record DigestStatusAnswer(
    string ChannelId,
    IReadOnlyList<UseCaseInfo> UseCases,
    DigestSchedule Schedule,
    DateTimeOffset NextRun,
    string? LastDeliveredWeek,
    DigestSubscriptionChange Change) : Answer;
