using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog;

public sealed record StageInfo(
    string JourneyKey, string JourneyName, string Key, string Name, int Position,
    string? Definition, string? Focus, string? Owner, string? MeasuredBy,
    IReadOnlyList<string> Activities, IReadOnlyList<string> TypicalCollateral, IReadOnlyList<string> Aliases);

/// <param name="Titles">Job titles people in this persona hold ("VP of Engineering", "SRE"); none when not given.</param>
public sealed record PersonaInfo(string Key, string Name, string? Needs, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Titles = null)
{
    public IReadOnlyList<string> Titles { get; init; } = Titles ?? [];
}

public sealed record UseCaseInfo(string Key, string Name, string? Description, string? MotionKey, IReadOnlyList<string> Aliases);

public sealed record MotionInfo(string Key, string Name, string? Channel, IReadOnlyList<string> Aliases, ValuePlay ValuePlay, IReadOnlyList<string> UseCaseKeys);

/// <summary>A collateral type with the words people use for it ("webcasts" for Webinar); items carry its name.</summary>
public sealed record CollateralTypeInfo(string Key, string Name, IReadOnlyList<string> Aliases);

public sealed record CollateralItem(
    int Id, string Title, string Url, string? Type, string? Description, string? Owner, DateOnly UpdatedOn, DateTime AddedAt,
    IReadOnlyList<string> Stages, IReadOnlyList<string> Personas, IReadOnlyList<string> UseCases,
    DateOnly? ReviewedOn = null, DateOnly? RetiredOn = null)
{
    public bool IsRetired => RetiredOn is not null;

    /// <summary>The later of its update and its owner's last confirmation: what review is counted from.</summary>
    public DateOnly ConfirmedOn => ReviewedOn is { } reviewed && reviewed > UpdatedOn ? reviewed : UpdatedOn;

    /// <summary>Items without personas fit every persona.</summary>
    public bool Fits(string? persona) => persona is null || Personas.Count == 0 || Personas.Contains(persona);
}

/// <summary>
/// An immutable in-memory copy of the catalog that every answer is computed from. Answers are then
/// dictionary look-ups over pre-sorted buckets instead of joins, which keeps p99 well under a millisecond.
/// </summary>
public sealed class CatalogSnapshot
{
    private static readonly IReadOnlyList<CollateralItem> None = [];
    private readonly Dictionary<(string UseCase, string Stage), CollateralBucket> _buckets;
    private readonly Dictionary<string, CollateralItem> _byUrl;
    private readonly Dictionary<int, CollateralItem> _byId;
    private readonly Dictionary<string, CollateralBucket> _byStage;
    private JourneyBot.Tagging.TagVocabulary? _tagVocabulary;
    private Dictionary<string, CollateralItem>? _retiredByUrl;

    /// <param name="items">Every item; retired ones are kept apart in <see cref="Retired"/> and take part in no answer.</param>
    public CatalogSnapshot(
        IReadOnlyList<StageInfo> stages, IReadOnlyList<PersonaInfo> personas, IReadOnlyList<UseCaseInfo> useCases,
        IReadOnlyList<MotionInfo> motions, IReadOnlyList<CollateralTypeInfo> types, IReadOnlyList<CollateralItem> items, DateTime loadedAt)
    {
        Retired = items.Where(i => i.IsRetired).ToList();
        if (Retired.Count > 0) items = items.Where(i => !i.IsRetired).ToList();
        AllStages = stages;
        var tagging = stages.Where(s => s.JourneyKey == TaggingJourneyKeyOf(stages)).OrderBy(s => s.Position).ToArray();
        BuyerStages = tagging;
        Personas = personas;
        UseCases = useCases;
        Motions = motions;
        Types = types;
        CollateralTypes = types.Select(t => t.Name).ToList();
        Items = items;
        LoadedAt = loadedAt;
        _byUrl = new Dictionary<string, CollateralItem>(items.Count, StringComparer.Ordinal);
        foreach (var item in items) _byUrl.TryAdd(WebUrl.MatchKey(item.Url), item); // an older database's second URL of one page: the first item wins
        _byId = items.ToDictionary(i => i.Id);
        _buckets = items
            .SelectMany(i => i.UseCases.SelectMany(u => i.Stages.Select(s => (Key: (u, s), Item: i))))
            .GroupBy(x => x.Key, x => x.Item)
            .ToDictionary(g => g.Key, g => new CollateralBucket(g));
        _byStage = items
            .SelectMany(i => i.Stages.Select(s => (Stage: s, Item: i)))
            .GroupBy(x => x.Stage, x => x.Item)
            .ToDictionary(g => g.Key, g => new CollateralBucket(g));
        Vocabulary = new Vocabulary(this);
    }

    /// <summary>Stages of every journey (buyer, customer, user, contributor).</summary>
    public IReadOnlyList<StageInfo> AllStages { get; }

    /// <summary>The stages of the journey collateral is tagged with, in order.</summary>
    public IReadOnlyList<StageInfo> BuyerStages { get; }
    public IReadOnlyList<PersonaInfo> Personas { get; }
    public IReadOnlyList<UseCaseInfo> UseCases { get; }
    public IReadOnlyList<MotionInfo> Motions { get; }
    /// <summary>The names of <see cref="Types"/>.</summary>
    public IReadOnlyList<string> CollateralTypes { get; }
    public IReadOnlyList<CollateralTypeInfo> Types { get; }
    /// <summary>The items in use: what answers, gaps, search and digests are made of.</summary>
    public IReadOnlyList<CollateralItem> Items { get; }

    /// <summary>Retired items: kept for their owners and the export, never offered.</summary>
    public IReadOnlyList<CollateralItem> Retired { get; }
    public DateTime LoadedAt { get; }
    public Vocabulary Vocabulary { get; }

    /// <summary>The teams owners may name, with the Slack user group or channel that reaches each.</summary>
    public IReadOnlyList<TeamInfo> Teams { get; init; } = [];

    /// <summary>Items tagged with both the use case and the stage, freshest first.</summary>
    public IReadOnlyList<CollateralItem> ItemsFor(string useCase, string stage) =>
        _buckets.TryGetValue((useCase, stage), out var items) ? items : None;

    /// <summary>Items tagged with the stage, any use case, freshest first.</summary>
    public IReadOnlyList<CollateralItem> ItemsAt(string stage) => _byStage.TryGetValue(stage, out var items) ? items : None;

    /// <summary>The item at <paramref name="url"/> as people paste it: tracking parameters, http/https, www. and the like do not matter.</summary>
    public CollateralItem? FindByUrl(string url) => _byUrl.GetValueOrDefault(WebUrl.MatchKey(url));

    /// <summary>The retired item at <paramref name="url"/> (matched like <see cref="FindByUrl"/>), so an answer can say it was retired rather than unknown.</summary>
    public CollateralItem? FindRetiredByUrl(string url) =>
        (_retiredByUrl ??= Retired.GroupBy(i => WebUrl.MatchKey(i.Url), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))
        .GetValueOrDefault(WebUrl.MatchKey(url));

    /// <summary>The item with this database id (search finds ids), or null when this copy does not have it yet.</summary>
    public CollateralItem? FindById(int id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The vocabulary as the taggers see it (keys, names, meanings, aliases), built once per copy, so the cues the
    /// built-in tagger compiles for it on first use are kept as long as the copy. Two threads racing build equal ones.
    /// </summary>
    public JourneyBot.Tagging.TagVocabulary TagVocabulary() => _tagVocabulary ??= new(
        BuyerStages.Select(s => new JourneyBot.Tagging.TagTerm(s.Key, s.Name, s.Focus ?? s.Definition ?? s.Name, s.Aliases)).ToList(),
        Personas.Select(p => new JourneyBot.Tagging.TagTerm(p.Key, p.Name, p.Needs ?? p.Name, p.Aliases, p.Titles)).ToList(),
        UseCases.Select(u => new JourneyBot.Tagging.TagTerm(u.Key, u.Name, u.Description ?? u.Name, u.Aliases)).ToList());

    public StageInfo? BuyerStage(string key) => BuyerStages.FirstOrDefault(s => s.Key == key);
    public UseCaseInfo? UseCase(string key) => UseCases.FirstOrDefault(u => u.Key == key);
    public PersonaInfo? Persona(string key) => Personas.FirstOrDefault(p => p.Key == key);
    public MotionInfo? Motion(string key) => Motions.FirstOrDefault(m => m.Key == key);
    public CollateralTypeInfo? Type(string key) => Types.FirstOrDefault(t => t.Key == key);

    /// <summary>The order every list answer starts from: freshest first, then by title.</summary>
    public static CollateralItem[] FreshestFirst(IEnumerable<CollateralItem> items) =>
        items.OrderByDescending(i => i.UpdatedOn).ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id).ToArray();

    private static string? TaggingJourneyKeyOf(IReadOnlyList<StageInfo> stages) => stages.FirstOrDefault()?.JourneyKey;

    public static async Task<CatalogSnapshot> LoadAsync(CatalogDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var journeys = await db.Journeys.AsNoTracking().Include(j => j.Stages)
            .OrderByDescending(j => j.IsTagging).ThenBy(j => j.Id).ToListAsync(cancellationToken);
        var stageKeys = new Dictionary<int, string>();
        var stages = new List<StageInfo>();
        foreach (var journey in journeys)
        {
            foreach (var s in journey.Stages.OrderBy(s => s.Position))
            {
                if (journey.IsTagging) stageKeys[s.Id] = s.Key;
                stages.Add(new StageInfo(journey.Key, journey.Name, s.Key, s.Name, s.Position, s.Definition, s.Focus, s.Owner, s.MeasuredBy,
                    s.Activities, s.TypicalCollateral, s.Aliases));
            }
        }
        if (journeys.Count == 0 || !journeys[0].IsTagging)
            stages.Clear(); // no tagging journey yet: an empty catalog rather than a wrong one

        var personas = await db.Personas.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var motions = await db.Motions.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var useCases = await db.UseCases.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var types = await db.CollateralTypes.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var motionKeys = motions.ToDictionary(m => m.Id, m => m.Key);
        var personaKeys = personas.ToDictionary(p => p.Id, p => p.Key);
        var useCaseKeys = useCases.ToDictionary(u => u.Id, u => u.Key);
        var typeNames = types.ToDictionary(t => t.Id, t => t.Name);

        // Join tables read directly: three flat scans beat materialising 20,000 entity graphs.
        var itemStages = await JoinAsync(db, "CollateralStages", "StageId", cancellationToken);
        var itemPersonas = await JoinAsync(db, "CollateralPersonas", "PersonaId", cancellationToken);
        var itemUseCases = await JoinAsync(db, "CollateralUseCases", "UseCaseId", cancellationToken);

        var rows = await db.Collateral.AsNoTracking()
            .Select(c => new { c.Id, c.Title, c.Url, c.TypeId, c.Description, c.Owner, c.UpdatedOn, c.AddedAt, c.ReviewedOn, c.RetiredOn })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new CollateralItem(
                c.Id, c.Title, c.Url, c.TypeId is int t ? typeNames.GetValueOrDefault(t) : null, c.Description, c.Owner, c.UpdatedOn, c.AddedAt,
                Keys(itemStages, c.Id, stageKeys), Keys(itemPersonas, c.Id, personaKeys), Keys(itemUseCases, c.Id, useCaseKeys),
                c.ReviewedOn, c.RetiredOn))
            .ToList();

        return new CatalogSnapshot(
            stages,
            personas.Select(p => new PersonaInfo(p.Key, p.Name, p.Needs, p.Aliases, p.Titles)).ToList(),
            useCases.Select(u => new UseCaseInfo(u.Key, u.Name, u.Description, u.MotionId is int m ? motionKeys.GetValueOrDefault(m) : null, u.Aliases)).ToList(),
            motions.Select(m => new MotionInfo(m.Key, m.Name, m.Channel, m.Aliases, m.ValuePlay,
                useCases.Where(u => u.MotionId == m.Id).Select(u => u.Key).ToList())).ToList(),
            types.Select(t => new CollateralTypeInfo(t.Key, t.Name, t.Aliases)).ToList(),
            items,
            now) { Teams = teams.Select(t => new TeamInfo(t.Key, t.Name, t.SlackId, t.Aliases)).ToList() };
    }

    private static async Task<ILookup<int, int>> JoinAsync(CatalogDbContext db, string table, string column, CancellationToken ct)
    {
        var pairs = await db.Set<Dictionary<string, object>>(table).AsNoTracking()
            .Select(j => new { Item = EF.Property<int>(j, "CollateralId"), Other = EF.Property<int>(j, column) })
            .ToListAsync(ct);
        return pairs.ToLookup(p => p.Item, p => p.Other);
    }

    private static string[] Keys(ILookup<int, int> join, int id, Dictionary<int, string> keys) =>
        join[id].Where(keys.ContainsKey).Order().Select(k => keys[k]).ToArray(); // ids follow seed order, so stages come out in journey order
}
