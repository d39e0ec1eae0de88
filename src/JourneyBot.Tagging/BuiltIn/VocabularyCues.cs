namespace JourneyBot.Tagging.BuiltIn;

/// <summary>A vocabulary term with every cue that points to it and how to word each cue's reason.</summary>
internal sealed record TermCues(string Key, int Order, IReadOnlyList<(Cue Cue, Func<string, string> Reason)> Cues);

/// <summary>
/// The built-in tagger's cues for one vocabulary: each term's key, name and aliases, plus the built-in cues of a
/// well-known term. Built once per vocabulary (<see cref="TagVocabulary.BuiltInCues"/>), because each cue compiles
/// a regular expression on its first match.
/// </summary>
internal sealed record VocabularyCues(IReadOnlyList<TermCues> Stages, IReadOnlyList<TermCues> Personas, IReadOnlyList<TermCues> UseCases)
{
    private const double StageNameWeight = 0.5;
    private const double PersonaNameWeight = 1.0;
    private const double UseCaseNameWeight = 1.2;

    // Funnel acronyms (SQL, MQL, SAO, raw) collide with ordinary and technical words.
    private const int MinimumStageAliasLength = 4;

    private static readonly Dictionary<string, string> PersonaNeeds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["executive"] = "executives' needs (business value, risk, cost, strategy)",
        ["manager"] = "managers' needs (planning, justification, rollout, migration)",
        ["contributor"] = "contributors' needs (technical detail, how it works)",
    };

    public static VocabularyCues Build(TagVocabulary vocabulary) => new(
        Compile(vocabulary.Stages, StageCues.ByKey, StageNameWeight, MinimumStageAliasLength,
            (term, phrase) => $"'{phrase}' names the {term.Name} stage",
            (term, phrase) => $"'{phrase}' is typical {term.Key}-stage collateral"),
        Compile(vocabulary.Personas, PersonaCues.ByKey, PersonaNameWeight, 1,
            (term, phrase) => $"'{phrase}' names the {term.Name} persona",
            (term, phrase) => PersonaNeeds.TryGetValue(term.Key, out var needs) || TryNeeds(term, out needs)
                ? $"'{phrase}' speaks to {needs}"
                : $"'{phrase}' suits the {term.Name} persona"),
        Compile(vocabulary.UseCases, UseCaseCues.ByKey, UseCaseNameWeight, 1,
            (term, phrase) => $"'{phrase}' names the use case {term.Name}",
            (term, phrase) => $"'{phrase}' points to the use case {term.Name}"));

    private static bool TryNeeds(TagTerm term, out string needs)
    {
        // The vocabulary may call a well-known persona by another key (e.g. "ic" for contributor).
        var known = PersonaNeeds.Keys.FirstOrDefault(term.IsCalled);
        needs = known is null ? "" : PersonaNeeds[known];
        return known is not null;
    }

    private static List<TermCues> Compile(
        IReadOnlyList<TagTerm> terms,
        IReadOnlyDictionary<string, Cue[]> builtInCues,
        double nameWeight,
        int minimumAliasLength,
        Func<TagTerm, string, string> nameReason,
        Func<TagTerm, string, string> cueReason)
    {
        var compiled = new List<TermCues>();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var cues = new List<(Cue, Func<string, string>)>();
            foreach (var name in new[] { term.Key, term.Name }.Concat(term.Aliases.Where(a => a.Trim().Length >= minimumAliasLength))
                         .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                cues.Add((new Cue(name, nameWeight), phrase => nameReason(term, phrase)));
            }

            // "for CISOs", "a platform engineer's guide": a job title says who the item is written for.
            foreach (var title in term.Titles.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                cues.Add((new Cue(title, nameWeight), phrase => $"'{phrase}' is a job title of the {term.Name} persona"));
            }

            // Built-in cues are keyed by the default catalog's keys; a vocabulary may use them as names or aliases.
            var known = builtInCues.Keys.FirstOrDefault(term.IsCalled);
            if (known is not null)
            {
                cues.AddRange(builtInCues[known].Select(c => (c, (Func<string, string>)(phrase => cueReason(term, phrase)))));
            }

            compiled.Add(new TermCues(term.Key, i, cues));
        }

        return compiled;
    }
}
