using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Journeys.QuestionEval;

/// <summary>One question of the evaluation set and the reading a person expects (see questions.yaml).</summary>
public sealed class EvalQuestion
{
    public string Q { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? UseCase { get; set; }
    public string? Stage { get; set; }
    public string? Persona { get; set; }
    public string? Type { get; set; }
    public string? Motion { get; set; }
    public List<string> Query { get; set; } = [];
    public List<string> Top { get; set; } = [];
    public string? Needs { get; set; }
    public string? Note { get; set; }

    /// <summary>What differs between this expectation and <paramref name="request"/>, empty when it reads as expected.</summary>
    public List<string> Differences(JourneyRequest request)
    {
        (string Kind, string? UseCase, string? Stage, string? Persona, string? Type, string? Motion, string? Query) read = request switch
        {
            NextOfferRequest r => ("next-offer", r.UseCase, r.Stage, r.Persona, r.Type, null, null),
            CollateralRequest r => ("collateral", r.UseCase, r.Stage, r.Persona, r.Type, null, null),
            PlayRequest r => ("play", r.UseCase, null, r.Persona, null, r.Motion, null),
            StageRequest r => ("stage", null, r.Stage, null, null, null, null),
            GapsRequest r => ("gaps", r.UseCase, r.Stage, r.Persona, null, null, null),
            SearchRequest r => ("search", r.UseCase, r.Stage, r.Persona, null, null, r.Query),
            HelpRequest => ("help", null, null, null, null, null, null),
            UnreadableRequest r => ("unreadable: " + r.Problem.GetType().Name, null, null, null, null, (string?)null, (string?)null),
            _ => (request.GetType().Name, null, null, null, null, null, null),
        };
        var (kind, useCase, stage, persona, type, motion, query) = read;
        var differences = new List<string>();
        void Check(string what, string? expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal)) differences.Add($"{what} {actual ?? "-"} (expected {expected ?? "-"})");
        }
        Check("kind", Kind, kind);
        if (differences.Count > 0) return differences;
        // A play's use case narrows only within its motion, so a play without one is as good as one that names the motion.
        if (kind != "play" || UseCase != Motion) Check("use case", UseCase, useCase);
        Check("stage", Stage, stage);
        Check("persona", Persona, persona);
        if (kind != "search") Check("type", Type, type); // a search finds types by its words
        Check("motion", Motion, motion);
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var missing = Query.Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0) differences.Add($"query \"{query}\" lacks {string.Join(", ", missing)}");
        return differences;
    }
}
