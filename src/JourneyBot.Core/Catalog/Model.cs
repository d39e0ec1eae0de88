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
    public int? TypeId { get; set; }
    public CollateralType? Type { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public DateOnly UpdatedOn { get; set; }

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
