namespace JourneyBot.Core.Journeys;

/// <summary>What a term names. <see cref="Type"/> is a collateral type (webinar, ebook, ROI calculator).</summary>
public enum TermKind { Stage, Persona, UseCase, Motion, JourneyStage, Type }

/// <summary>A word (or words) of the catalog's vocabulary: what it names and how the user wrote it.</summary>
public sealed record Term(TermKind Kind, string Key, string Written);

public sealed record UnknownWord(string Word, IReadOnlyList<string> Suggestions);

/// <summary>
/// What a piece of user text says in the catalog's words. <see cref="Ignored"/> are the words that are neither terms nor
/// filler, in order: a search reads its query from them.
/// </summary>
public sealed record Reading(
    IReadOnlyList<IReadOnlyList<Term>> Terms,
    IReadOnlyList<UnknownWord> Unknown,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Ignored)
{
    public IReadOnlyList<Term> All(TermKind kind)
    {
        // Loops rather than SelectMany/DistinctBy, and a list only for a second term: the parser asks this
        // several times per question, and a question names each kind at most once unless it is ambiguous.
        Term? first = null;
        List<Term>? found = null;
        foreach (var terms in Terms)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (term.Kind != kind || term.Key == first?.Key || (found is not null && HasKey(found, term.Key))) continue;
                if (first is null) first = term;
                else (found ??= [first]).Add(term);
            }
        }
        return found ?? (first is null ? [] : [first]);
    }

    private static bool HasKey(List<Term> terms, string key)
    {
        foreach (var t in terms)
            if (t.Key == key) return true;
        return false;
    }
}
