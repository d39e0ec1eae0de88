using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>How the words matched: every word in each item, any of them (when no item has them all), or nothing.</summary>
public enum SearchMatch { AllWords, AnyWord, Nothing }

/// <summary>
/// Collateral found by words, best match first, narrowed to the use case, stage and persona named with them.
/// <see cref="Words"/> are the words searched for (common words dropped); <see cref="Total"/> counts the narrowed
/// matches among the best <see cref="SearchLimit"/> ones (<see cref="Capped"/> when there were more).
/// <see cref="WithoutNarrowing"/>: when the narrowing left nothing, a few items the words alone find.
/// </summary>
public sealed record SearchAnswer(
    string Question,
    IReadOnlyList<string> Words,
    UseCaseInfo? UseCase,
    StageInfo? Stage,
    PersonaInfo? Persona,
    SearchMatch Match,
    IReadOnlyList<CollateralItem> Items,
    int Offset,
    int Total,
    bool Capped,
    IReadOnlyList<CollateralItem> WithoutNarrowing,
    Freshness Freshness) : Answer
{
    public const int SearchLimit = 200;

    public bool HasMore => Offset + Items.Count < Total;

    public bool IsNarrowed => UseCase is not null || Stage is not null || Persona is not null;
}
