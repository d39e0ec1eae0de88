using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>Says how a plain question was read, by the catalog's names: "next offer · DevSecOps · Awareness → Consideration · Manager".</summary>
internal static class ReadAsLine
{
    private const int MaxIgnored = 12;

    public static ReadAs Of(JourneyRequest request, Reading reading, CatalogSnapshot catalog)
    {
        string? UseCase(string? key) => key is null ? null : Short(catalog.UseCase(key)?.Name ?? key);
        string? Stage(string? key) => key is null ? null : catalog.BuyerStage(key)?.Name ?? key;
        string? Persona(string? key) => key is null ? null : catalog.Persona(key)?.Name ?? key;
        string? Type(string? key) => key is null ? null : catalog.Type(key)?.Name ?? key;

        var (intent, parts) = request switch
        {
            NextOfferRequest r => ("next offer", new[]
            {
                UseCase(r.UseCase),
                r.FromUrl is { } url ? $"after {catalog.FindByUrl(url)?.Title ?? url}" : null,
                $"{Stage(r.Stage)} → {Stage(NextStage(catalog, r.Stage))}", Persona(r.Persona), Type(r.Type),
            }),
            CollateralRequest r => ("collateral", [UseCase(r.UseCase), Stage(r.Stage), Persona(r.Persona), Type(r.Type)]),
            PlayRequest r => ("value play", [catalog.Motion(r.Motion)?.Name ?? r.Motion, UseCase(r.UseCase), Persona(r.Persona)]),
            StageRequest r => ("stage", [catalog.AllStages.FirstOrDefault(s => s.JourneyKey == r.JourneyKey && s.Key == r.Stage)?.Name ?? r.Stage]),
            GapsRequest r => ("gaps", [UseCase(r.UseCase) ?? "every use case", Stage(r.Stage), Persona(r.Persona)]),
            SearchRequest r => ("search", [$"\"{r.Query}\"", UseCase(r.UseCase), Stage(r.Stage), Persona(r.Persona)]),
            _ => ("", reading.Terms.Select(t => Name(t[0], catalog)).Distinct().ToArray()),
        };
        var searched = request is SearchRequest s ? s.Query.Split(' ').ToHashSet(StringComparer.Ordinal) : [];
        var ignored = reading.Ignored.Where(w => !searched.Contains(w)).Distinct().Take(MaxIgnored).ToList();
        return new ReadAs(intent, parts.OfType<string>().ToList(), ignored);
    }

    private static string? NextStage(CatalogSnapshot catalog, string stage)
    {
        var stages = catalog.BuyerStages;
        for (var i = 0; i < stages.Count; i++)
            if (stages[i].Key == stage) return stages[Math.Min(i + 1, stages.Count - 1)].Key;
        return stage;
    }

    private static string? Name(Term term, CatalogSnapshot catalog) => term.Kind switch
    {
        TermKind.Stage => catalog.BuyerStage(term.Key)?.Name,
        TermKind.Persona => catalog.Persona(term.Key)?.Name,
        TermKind.UseCase => Short(catalog.UseCase(term.Key)?.Name ?? term.Key),
        TermKind.Motion => catalog.Motion(term.Key)?.Name,
        TermKind.Type => catalog.Type(term.Key)?.Name,
        _ => term.Written,
    };

    // "DevSecOps (shift-left security)" reads as "DevSecOps" in one line.
    private static string Short(string name) => name.Split(" (")[0];
}
