namespace JourneyBot.Core.Catalog;

// The YAML shape of a whole catalog: the shipped default catalog, `catalog export --format yaml`
// and `catalog import x.yaml` all read and write this one shape (snake_case keys).

public sealed class CatalogDocument
{
    public List<JourneyDocument> Journeys { get; set; } = [];
    public List<PersonaDocument> Personas { get; set; } = [];
    public List<MotionDocument> Motions { get; set; } = [];
    public List<UseCaseDocument> UseCases { get; set; } = [];
    public List<CollateralTypeDocument> CollateralTypes { get; set; } = [];
    public List<Transfer.TeamDocument> Teams { get; set; } = [];
    public List<CollateralDocument> Collateral { get; set; } = [];
}

public sealed class JourneyDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool Tagging { get; set; }
    public List<StageDocument> Stages { get; set; } = [];
}

public sealed class StageDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Definition { get; set; }
    public string? Focus { get; set; }
    public string? Owner { get; set; }
    public string? MeasuredBy { get; set; }
    public List<string> Activities { get; set; } = [];
    public List<string> TypicalCollateral { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
}

public sealed class PersonaDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Needs { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>Job titles of the persona's people, as written ("VP of Engineering", "SRE").</summary>
    public List<string> Titles { get; set; } = [];
}

public sealed class MotionDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Channel { get; set; }
    public List<string> Aliases { get; set; } = [];
    public ValuePlayDocument ValuePlay { get; set; } = new();
}

public sealed class ValuePlayDocument
{
    public string? Context { get; set; }
    public string? WhoToMeet { get; set; }
    public string? WhatToSay { get; set; }
    public string? WhatToShow { get; set; }
    public string? HowToMeasure { get; set; }
    public string? Source { get; set; }

    /// <summary>Written as an example to replace (<c>example: true</c>); omitted when false.</summary>
    public bool Example { get; set; }

    /// <summary>Persona key to what to say to that persona.</summary>
    public Dictionary<string, string> TalkTracks { get; set; } = [];

    public ValuePlay ToModel() => new()
    {
        Context = Context, WhoToMeet = WhoToMeet, WhatToSay = WhatToSay, WhatToShow = WhatToShow, HowToMeasure = HowToMeasure,
        Source = Source, IsExample = Example, TalkTracks = new(TalkTracks),
    };

    public static ValuePlayDocument From(ValuePlay p) => new()
    {
        Context = p.Context, WhoToMeet = p.WhoToMeet, WhatToSay = p.WhatToSay, WhatToShow = p.WhatToShow, HowToMeasure = p.HowToMeasure,
        Source = p.Source, Example = p.IsExample, TalkTracks = new(p.TalkTracks),
    };
}

public sealed class UseCaseDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Motion { get; set; }
    public string? Description { get; set; }
    public List<string> Aliases { get; set; } = [];
}

public sealed class CollateralTypeDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}

public sealed class CollateralDocument
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Type { get; set; }
    public List<string> Stages { get; set; } = [];
    public List<string> Personas { get; set; } = [];
    public List<string> UseCases { get; set; } = [];
    public string? UpdatedOn { get; set; }
    public string? Owner { get; set; }
    public string? Description { get; set; }
    public string? ReviewedOn { get; set; }

    /// <summary>Set on a retired item; an import without it brings the item back.</summary>
    public string? RetiredOn { get; set; }
}
