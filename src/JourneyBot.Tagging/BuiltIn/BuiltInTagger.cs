namespace JourneyBot.Tagging.BuiltIn;

/// <summary>
/// Offline, deterministic tagger: scores each vocabulary term by the cues found in the title (strongest),
/// description and URL path. Only keys of the given vocabulary are ever returned.
/// </summary>
/// <remarks>
/// An item without any persona cue gets no persona rather than a guess: a wrong guess would keep the item from
/// the audiences it suits. The note asks the person adding it to choose (a persona, or every persona: storing
/// "every persona" silently would close gap cells by accident).
/// </remarks>
public sealed class BuiltInTagger : ITagSuggester
{
    private const double TitleWeight = 1.0;
    private const double DescriptionWeight = 0.6;
    private const double UrlWeight = 0.4;

    // Suggestions far below the best one are noise, not alternatives.
    private const double KeepShareOfBest = 0.35;
    private const double MinimumPersonaScore = 0.45;
    private const double DefaultStageConfidence = 0.2;

    internal const string NoPersonaNote = "No persona suggested: choose the audience, or every persona, yourself.";

    public Task<TagSuggestions> SuggestAsync(TagRequest item, TagVocabulary vocabulary, CancellationToken cancellationToken) =>
        Task.FromResult(Suggest(item, vocabulary));

    public TagSuggestions Suggest(TagRequest item, TagVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(vocabulary);

        var fields = Fields(item);
        var cues = vocabulary.BuiltInCues;
        var notes = new List<string>();

        var stages = Rank(cues.Stages, fields);
        var personas = Rank(cues.Personas, fields);
        var useCases = Rank(cues.UseCases, fields);

        if (personas.Count > 0 && personas.Max(p => p.Score) < MinimumPersonaScore)
        {
            personas = [];
        }

        if (personas.Count == 0)
        {
            notes.Add(NoPersonaNote);
        }

        var stageSuggestions = Suggestions(stages);
        if (stageSuggestions.Count == 0 && vocabulary.Stages.Count > 0 && (personas.Count > 0 || useCases.Count > 0))
        {
            // Topic words without a collateral type usually mean general material about the problem.
            var fallback = vocabulary.Stages.Resolve("awareness") ?? vocabulary.Stages[0];
            stageSuggestions = [new TagSuggestion(fallback.Key, DefaultStageConfidence,
                $"No collateral-type cue; material about a topic alone usually serves {fallback.Key}")];
            notes.Add($"No collateral-type cue found; the stage {fallback.Key} is a low-confidence guess.");
        }
        else if (stageSuggestions.Count == 0)
        {
            notes.Add("No cue found in the title, description or URL: tag this item by hand.");
        }

        return new TagSuggestions(stageSuggestions, Suggestions(personas), Suggestions(useCases), TagSource.BuiltIn,
            notes.Count == 0 ? null : string.Join(" ", notes));
    }

    private static IReadOnlyList<(string Text, double Weight)> Fields(TagRequest item)
    {
        var fields = new List<(string, double)> { (item.Title ?? "", TitleWeight) };
        if (!string.IsNullOrWhiteSpace(item.Description))
        {
            fields.Add((item.Description, DescriptionWeight));
        }

        if (!string.IsNullOrWhiteSpace(item.Url))
        {
            // The host name says who published it, not what it is: only the path carries cues.
            var path = Uri.TryCreate(item.Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : item.Url;
            fields.Add((path, UrlWeight));
        }

        return fields;
    }

    private static List<ScoredTerm> Rank(IReadOnlyList<TermCues> terms, IReadOnlyList<(string Text, double Weight)> fields)
    {
        var scored = new List<ScoredTerm>();
        foreach (var term in terms)
        {
            double score = 0;
            CueHit? best = null;
            var hits = 0;
            foreach (var (cue, reason) in term.Cues)
            {
                // A cue counts once, at the weight of the strongest field it appears in.
                CueHit? hit = null;
                foreach (var (text, fieldWeight) in fields)
                {
                    var match = cue.Regex.Match(text);
                    if (match.Success && (hit is null || cue.Weight * fieldWeight > hit.Score))
                    {
                        hit = new CueHit(cue.Weight * fieldWeight, reason(match.Value.Trim()));
                    }
                }

                if (hit is null)
                {
                    continue;
                }

                hits++;
                score += hit.Score;
                // On a tie the longer phrase names the cue better ("ROI calculator" over "ROI").
                if (best is null || hit.Score > best.Score || (hit.Score == best.Score && hit.Reason.Length > best.Reason.Length))
                {
                    best = hit;
                }
            }

            if (best is not null)
            {
                var more = hits > 1 ? $" (+{hits - 1} more cue{(hits > 2 ? "s" : "")})" : "";
                scored.Add(new ScoredTerm(term.Key, score, best.Reason + more, term.Order));
            }
        }

        if (scored.Count == 0)
        {
            return scored;
        }

        var top = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= top * KeepShareOfBest)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Order)
            .ToList();
    }

    private static List<TagSuggestion> Suggestions(List<ScoredTerm> ranked)
    {
        var total = ranked.Sum(s => s.Score);
        return ranked.Select(s => new TagSuggestion(s.Key, Confidence(s.Score, total), s.Reason)).ToList();
    }

    /// <summary>More and stronger cues raise confidence; competing terms share it.</summary>
    private static double Confidence(double score, double total)
    {
        var strength = 1 - Math.Exp(-score);
        var share = total > 0 ? score / total : 0;
        return Math.Round(Math.Clamp(strength * (0.4 + 0.6 * share), 0.05, 0.95), 2);
    }

    private sealed record CueHit(double Score, string Reason);

    private sealed record ScoredTerm(string Key, double Score, string Reason, int Order);
}
