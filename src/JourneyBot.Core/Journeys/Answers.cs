using JourneyBot.Core.Catalog;
using JourneyBot.Tagging;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// What the bot answers, independent of how it is shown (Block Kit in Slack, text in a terminal). <see cref="ReadAs"/>:
/// how the question was read, when it was asked in plain language; every chat shows it once, under the answer.
/// </summary>
public abstract record Answer
{
    public ReadAs? ReadAs { get; init; }
}

public sealed record CommandHelp(string Usage, string Does, string Example);

/// <summary>The commands, and <see cref="PlainQuestions"/>: examples of asking in plain words instead.</summary>
public sealed record HelpAnswer(IReadOnlyList<CommandHelp> Commands, IReadOnlyList<string> PlainQuestions, string? Intro = null) : Answer;

public sealed record NotUnderstoodAnswer(string Question, IReadOnlyList<UnknownWord> Unknown) : Answer;

/// <summary>The question was understood but lacks something (a stage, a use case...). Usage and example are commands without the command's name.</summary>
public sealed record NeedMoreAnswer(string Problem, string Usage, string Example) : Answer;

public enum ListKind { NextOffer, Collateral }

/// <summary>A page of collateral for a next-offer or collateral question; <see cref="Freshness"/> tells which items are stale.</summary>
public sealed record CollateralListAnswer(
    ListKind Kind,
    string Question,
    StageInfo Stage,
    StageInfo? AskedStage,
    UseCaseInfo? UseCase,
    PersonaInfo? Persona,
    bool StayedAtLastStage,
    string Why,
    IReadOnlyList<CollateralItem> Items,
    int Offset,
    int Total,
    IReadOnlyList<CollateralItem> Nearby,
    Freshness Freshness) : Answer
{
    public bool HasMore => Offset + Items.Count < Total;
}

public sealed record PlayStage(StageInfo Stage, IReadOnlyList<CollateralItem> Top);

public sealed record PlayAnswer(MotionInfo Motion, IReadOnlyList<UseCaseInfo> UseCases, PersonaInfo? Persona, IReadOnlyList<PlayStage> Stages, Freshness Freshness) : Answer;

public sealed record StageAnswer(StageInfo Stage, StageInfo? Next, bool IsBuyerStage, bool OwnerAsked = false) : Answer;

/// <summary>One use case x stage x persona cell of the journey map, in vocabulary keys.</summary>
public sealed record GapCell(string UseCase, string Stage, string Persona);

/// <summary>A cell with stale collateral: <see cref="Stale"/> of its <see cref="Items"/> are older than the freshness window.</summary>
public sealed record StaleCount(GapCell Cell, int Stale, int Items)
{
    public bool AllStale => Stale == Items;
}

/// <summary>One use case x buyer stage of the map, every persona together: its items and how many of them are stale.</summary>
public sealed record StageCoverage(string UseCase, string Stage, int Items, int Stale);

/// <summary>The gap map: empty cells, cells with stale items (counted), and each use case x stage's items (App Home).</summary>
public sealed record GapMapAnswer(
    IReadOnlyList<UseCaseInfo> UseCases,
    IReadOnlyList<GapCell> Empty,
    IReadOnlyList<StaleCount> StaleCounts,
    IReadOnlyList<StageCoverage> Stages,
    int CellCount,
    Freshness Freshness) : Answer
{
    /// <summary>Cells whose every item is stale: holes as much as empty ones.</summary>
    public IReadOnlyList<GapCell> Stale => StaleCounts.Where(s => s.AllStale).Select(s => s.Cell).ToList();
}

/// <summary>A plain confirmation or refusal that needs no structure (e.g. "added", "only editors may add").</summary>
/// <see cref="Command"/>: a command to run next, without the command's name (each chat shows it its own way), after the text.
public sealed record NoticeAnswer(string Title, string Text, bool IsError = false, string? Command = null) : Answer;

/// <summary>Suggested tags for a piece of content, with where they came from (model or built-in tagger).</summary>
/// <see cref="ModelPending"/>: these are the built-in tags, and the model's follow (Slack's 3 seconds are too short for a model).
public sealed record TagAnswer(TagRequest Item, TagSuggestions Suggestions, bool ModelPending = false) : Answer;

/// <summary>Collateral added to the catalog, with the tags it got and whether they were suggested.</summary>
/// <param name="Restored">The URL was a retired item's: adding it again brought it back.</param>
public sealed record AddedAnswer(CollateralItem Item, bool Created, TagSource? SuggestedBy, Freshness Freshness, bool Restored = false) : Answer;

/// <summary>In Slack, <c>add</c> opens a form pre-filled with suggested tags instead of adding at once.</summary>
public sealed record AddFormAnswer(CollateralInput Draft, TagSuggestions Suggestions, CatalogSnapshot Catalog) : Answer;
