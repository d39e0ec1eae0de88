namespace JourneyBot.Core.Catalog;

// The journey model of PRODUCT.md section 1. Everything here is data: editable by import, seeded on first start.

public sealed class Journey
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>True for the one journey collateral is tagged with (the buyer journey).</summary>
    public bool IsTagging { get; set; }

    public List<Stage> Stages { get; set; } = [];
}

public sealed class Stage
{
    public int Id { get; set; }
    public int JourneyId { get; set; }
    public Journey? Journey { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public string? Definition { get; set; }
    public string? Focus { get; set; }
    public string? Owner { get; set; }
    public string? MeasuredBy { get; set; }
    public List<string> Activities { get; set; } = [];
    public List<string> TypicalCollateral { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
}

public sealed class Persona
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Needs { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>Job titles people hold in this persona ("VP of Engineering", "SRE"): read in questions and by the tagger.</summary>
    public List<string> Titles { get; set; } = [];
}

public sealed class Motion
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Channel { get; set; }
    public List<string> Aliases { get; set; } = [];
    public ValuePlay ValuePlay { get; set; } = new();
    public List<UseCase> UseCases { get; set; } = [];
}

/// <summary>The value play of a GTM motion (FY23 plan): what sales needs to run the motion.</summary>
public sealed class ValuePlay
{
    public string? Context { get; set; }
    public string? WhoToMeet { get; set; }
    public string? WhatToSay { get; set; }
    public string? WhatToShow { get; set; }
    public string? HowToMeasure { get; set; }

    /// <summary>Where the text comes from (a handbook page and section), shown with the play so a rep can check it.</summary>
    public string? Source { get; set; }

    /// <summary>True when the text was written as an example (the demo catalog's), to be replaced with the company's own.</summary>
    public bool IsExample { get; set; }

    /// <summary>What to say to one persona (persona key to text); a persona without one gets <see cref="WhatToSay"/>.</summary>
    public Dictionary<string, string> TalkTracks { get; set; } = [];

    /// <summary>The persona's own talk track; null when the play has none for it.</summary>
    public string? TalkTrackFor(string? persona) =>
        persona is not null && TalkTracks.TryGetValue(persona, out var track) && !string.IsNullOrWhiteSpace(track) ? track : null;

    /// <summary>The talk track for the persona when the play has one, else the general text.</summary>
    public string? WhatToSayTo(string? persona) => TalkTrackFor(persona) ?? WhatToSay;
}

public sealed class UseCase
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? MotionId { get; set; }
    public Motion? Motion { get; set; }
    public List<string> Aliases { get; set; } = [];
}

public sealed class CollateralType
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
}

public sealed class Collateral
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }

    /// <summary>
    /// <see cref="Journeys.WebUrl.MatchKey"/> of <see cref="Url"/>: what add and import match an item by, so a link
    /// pasted with tracking parameters, http or www. finds the item instead of adding it again.
    /// </summary>
    public string UrlKey { get; set; } = "";
    public int? TypeId { get; set; }
    public CollateralType? Type { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public DateOnly UpdatedOn { get; set; }

    /// <summary>When its owner last confirmed it is still current; an item is due for review this long after the later of this and <see cref="UpdatedOn"/>.</summary>
    public DateOnly? ReviewedOn { get; set; }

    /// <summary>
    /// When it was retired: a retired item is never offered, searched or counted as covering a cell, but it stays in the
    /// database and the export, and an import without the date brings it back.
    /// </summary>
    public DateOnly? RetiredOn { get; set; }

    /// <summary>When the item entered the catalog (UTC); the digest reports additions since the last one.</summary>
    public DateTime AddedAt { get; set; }

    public List<Stage> Stages { get; set; } = [];

    /// <summary>Empty means the item fits every persona.</summary>
    public List<Persona> Personas { get; set; } = [];

    public List<UseCase> UseCases { get; set; } = [];
}

/// <summary>A question that found nothing: the raw material of demand gaps.</summary>
public sealed class QueryLogEntry
{
    public long Id { get; set; }
    public required string Question { get; set; }
    public required string Command { get; set; }
    public string? UseCaseKey { get; set; }
    public string? StageKey { get; set; }
    public string? PersonaKey { get; set; }
    public string? UserId { get; set; }
    public string? ChannelId { get; set; }
    public string? TeamId { get; set; }
    public DateTime AskedAt { get; set; }
}

/// <summary>Who changed the catalog, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Detail { get; set; }
}

/// <summary>A channel's weekly gap digest: what it follows and when it is posted, in the channel's own time zone.</summary>
public sealed class DigestSubscription
{
    public int Id { get; set; }

    /// <summary>Empty when unknown (a subscription made outside Slack).</summary>
    public string TeamId { get; set; } = "";
    public required string ChannelId { get; set; }

    /// <summary>Use case keys the digest covers; empty means every use case.</summary>
    public List<string> UseCaseKeys { get; set; } = [];
    public DayOfWeek Weekday { get; set; }
    public TimeOnly LocalTime { get; set; }

    /// <summary>IANA zone id (e.g. <c>Europe/Berlin</c>) for the schedule and the delivery week.</summary>
    public required string TimeZone { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>ISO week (<c>2026-W48</c>) of the last digest posted.</summary>
    public string? LastDeliveredWeek { get; set; }
    public List<DigestDelivery> Deliveries { get; set; } = [];
}

public enum DigestDeliveryStatus { Claimed, Posted }

/// <summary>
/// One digest of one subscription in one ISO week. The unique (SubscriptionId, Week) index is the claim that makes
/// delivery exactly once: whoever inserts the row posts; everyone else backs off.
/// </summary>
public sealed class DigestDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }
    public DigestSubscription? Subscription { get; set; }
    public required string Week { get; set; }
    public DateTime ClaimedAt { get; set; }
    public DigestDeliveryStatus Status { get; set; }
    public DateTime? PostedAt { get; set; }
    public string? MessageTs { get; set; }

    /// <summary>The empty and stale cells this digest reported (JSON), so the next one can say what changed.</summary>
    public string? GapsJson { get; set; }
}
