using System.Globalization;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Core.Catalog;

/// <summary>The one place collateral input is checked, so import, export round trips and the add modal agree.</summary>
public static class CollateralRules
{
    public const int MaxTitle = 300;
    public const int MaxDescription = 3000;
    public const int MaxUrl = 2000;

    /// <summary>
    /// The persona value that stores an item for every persona (no persona of its own). The add form and the terminal
    /// add ask for it explicitly, so a tagger that found no persona never closes gap cells by accident.
    /// </summary>
    public const string EveryPersona = "every-persona";

    /// <summary>Checks <paramref name="input"/>; returns the draft, or the problems keyed by field (title, url, stages...).</summary>
    public static (CollateralDraft? Draft, IReadOnlyList<(string Field, string Problem)> Problems) Check(
        CollateralInput input, CatalogSnapshot catalog, DateOnly today, bool createUseCases)
    {
        var problems = new List<(string, string)>();
        var title = input.Title?.Trim() ?? "";
        var url = WebUrl.Canonical(input.Url);
        if (title.Length == 0) problems.Add(("title", "title is required"));
        else if (title.Length > MaxTitle) problems.Add(("title", $"title is longer than {MaxTitle} characters"));
        if (url.Length == 0) problems.Add(("url", "url is required"));
        else if (url.Length > MaxUrl) problems.Add(("url", $"url is longer than {MaxUrl} characters"));
        else if (!WebUrl.IsAbsoluteHttp(url)) problems.Add(("url", $"url '{url}' is not an http or https URL"));
        if (input.Description?.Length > MaxDescription) problems.Add(("description", $"description is longer than {MaxDescription} characters"));

        var stages = Resolve(input.Stages, TermKind.Stage, "stage", catalog, problems);
        if (input.Stages.Count == 0) problems.Add(("stages", "at least one stage is required"));
        var every = input.Personas.Any(p => Vocabulary.Normalize(p) == EveryPersona);
        if (every && input.Personas.Count > 1) problems.Add(("personas", "'every persona' cannot be combined with specific personas"));
        var personas = every ? [] : Resolve(input.Personas, TermKind.Persona, "persona", catalog, problems);

        var useCases = new List<string>();
        var newUseCases = new List<string>();
        if (input.UseCases.Count == 0) problems.Add(("use_cases", "at least one use case is required"));
        foreach (var raw in input.UseCases)
        {
            var key = Vocabulary.Normalize(raw);
            var term = catalog.Vocabulary.Lookup(key).FirstOrDefault(t => t.Kind == TermKind.UseCase);
            if (term is not null) { if (!useCases.Contains(term.Key)) useCases.Add(term.Key); }
            else if (createUseCases && IsKey(key)) { if (!useCases.Contains(key)) { useCases.Add(key); newUseCases.Add(key); } }
            else if (createUseCases) problems.Add(("use_cases", $"'{raw}' cannot be a use case key (letters, digits and dashes)"));
            else problems.Add(("use_cases", $"unknown use case '{raw}'{DidYouMean(raw, catalog)} (or import with --create-use-cases)"));
        }

        var updatedOn = Date(input.UpdatedOn, "updated_on", problems) ?? today;
        var reviewedOn = Date(input.ReviewedOn, "reviewed_on", problems);
        var retiredOn = Date(input.RetiredOn, "retired_on", problems);

        if (problems.Count > 0) return (null, problems);
        return (new CollateralDraft(
            title, url, Blank(input.Type), stages, personas, useCases, updatedOn, Blank(input.Owner), Blank(input.Description), newUseCases,
            reviewedOn, retiredOn), problems);
    }

    /// <summary>A YYYY-MM-DD cell; null when blank; a problem (and null) when it is not such a date.</summary>
    private static DateOnly? Date(string? cell, string field, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        if (DateOnly.TryParseExact(cell.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add((field, $"{field} '{cell}' is not a YYYY-MM-DD date"));
        return null;
    }

    /// <summary>Splits a multi-value cell ("awareness; consideration").</summary>
    public static IReadOnlyList<string> SplitList(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Resolve(IReadOnlyList<string> raws, TermKind kind, string what, CatalogSnapshot catalog, List<(string, string)> problems)
    {
        var keys = new List<string>();
        foreach (var raw in raws)
        {
            var term = catalog.Vocabulary.Lookup(Vocabulary.Normalize(raw)).FirstOrDefault(t => t.Kind == kind);
            if (term is null) problems.Add((what + "s", $"unknown {what} '{raw}'{DidYouMean(raw, catalog)}"));
            else if (!keys.Contains(term.Key)) keys.Add(term.Key);
        }
        return keys;
    }

    private static string DidYouMean(string raw, CatalogSnapshot catalog)
    {
        var suggestions = catalog.Vocabulary.Suggest(raw);
        return suggestions.Count == 0 ? "" : $": did you mean {string.Join(" or ", suggestions)}?";
    }

    private static bool IsKey(string key) => key.Length is > 0 and <= 64 && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
