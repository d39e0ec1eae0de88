using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

public enum TermKind { Stage, Persona, UseCase, Motion, JourneyStage }

/// <summary>A word (or words) of the catalog's vocabulary: what it names and how the user wrote it.</summary>
public sealed record Term(TermKind Kind, string Key, string Written);

public sealed record UnknownWord(string Word, IReadOnlyList<string> Suggestions);

/// <summary>What a piece of user text says in the catalog's words.</summary>
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

/// <summary>
/// Matches user words against stages, personas, use cases and motions: case-insensitive, with aliases and
/// plurals, multi-word terms in any spacing ("top funnel" = "top-funnel"), filler words ignored, and
/// "did you mean" suggestions by edit distance for anything else.
/// </summary>
public sealed class Vocabulary
{
    private const int LongestTerm = 3;

    // Words that carry no catalog meaning in questions like "which content fits the consideration stage for CI?".
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "for", "in", "at", "of", "to", "on", "with", "and", "or", "by", "from", "about", "into", "as",
        "stage", "stages", "persona", "personas", "use", "case", "use-case", "usecase", "use-cases", "funnel", "state", "journey",
        "motion", "gtm", "me", "my", "our", "we", "us", "i", "you", "it", "they", "them", "their", "please", "pls", "hi", "hey", "hello",
        "is", "are", "be", "was", "what", "whats", "what's", "which", "who", "that", "this", "these", "those", "there", "here",
        "do", "does", "did", "have", "has", "had", "can", "could", "should", "would", "will", "any", "some", "all",
        "show", "give", "get", "find", "list", "send", "share", "suggest", "recommend", "need", "want", "looking",
        "content", "collateral", "offer", "offers", "asset", "assets", "material", "materials", "item", "items",
        "fit", "fits", "fitting", "good", "best", "right", "now", "currently", "prospect", "prospects", "lead", "leads",
        "account", "accounts", "team", "teams", "people", "someone", "somebody", "audience", "level", "type", "kind",
    };

    private readonly Dictionary<string, List<Term>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    private readonly int _longestWord;

    public Vocabulary(CatalogSnapshot catalog)
    {
        foreach (var s in catalog.BuyerStages)
            AddAll(TermKind.Stage, s.Key, [s.Key, s.Name, .. s.Aliases]);
        foreach (var p in catalog.Personas)
            AddAll(TermKind.Persona, p.Key, [p.Key, p.Name, .. p.Aliases, .. p.Titles]);
        foreach (var u in catalog.UseCases)
            AddAll(TermKind.UseCase, u.Key, [u.Key, u.Name, .. u.Aliases]);
        foreach (var m in catalog.Motions)
            AddAll(TermKind.Motion, m.Key, [m.Key, m.Name, .. m.Aliases]);
        // Stages of the other journeys are known only by key and name ("adoption", "enter buying cycle"),
        // qualified as "journey/stage" so they never shadow the buyer stages collateral is tagged with.
        foreach (var s in catalog.AllStages.Where(s => catalog.BuyerStages.All(b => b.JourneyKey != s.JourneyKey)))
            AddAll(TermKind.JourneyStage, $"{s.JourneyKey}/{s.Key}", [s.Key, s.Name]);
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestWord = _terms.Keys.Select(k => k.Length).DefaultIfEmpty().Max();
    }

    /// <summary>Lower case, outer punctuation trimmed, and each run of spaces, '_' and '-' as one '-'.</summary>
    public static string Normalize(string word)
    {
        var w = word.Trim().Trim(TrimmedPunctuation).ToLowerInvariant();
        var clean = true;
        for (var i = 0; i < w.Length && clean; i++)
            clean = !(IsSeparator(w[i]) && (w[i] != '-' || (i + 1 < w.Length && IsSeparator(w[i + 1]))));
        if (clean) return w;

        var normalized = new System.Text.StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            if (!IsSeparator(w[i])) normalized.Append(w[i]);
            else if (i == 0 || !IsSeparator(w[i - 1])) normalized.Append('-');
        }
        return normalized.ToString();
    }

    private static bool IsSeparator(char c) => c is '-' or '_' || char.IsWhiteSpace(c);

    public IReadOnlyList<Term> Lookup(string normalized) => Lookup(normalized.AsSpan());

    private IReadOnlyList<Term> Lookup(ReadOnlySpan<char> normalized)
    {
        if (_termsBySpan.TryGetValue(normalized, out var terms)) return terms;
        // Plurals: "managers", "executives", "webinars".
        if (normalized.Length > 3 && normalized[^1] == 's' && _termsBySpan.TryGetValue(normalized[..^1], out terms)) return terms;
        return [];
    }

    /// <summary>Looks up <paramref name="count"/> tokens joined with '-' ("top" "funnel": "top-funnel").</summary>
    private IReadOnlyList<Term> LookupJoined(List<string> tokens, int start, int count, Span<char> buffer)
    {
        var length = count - 1;
        for (var i = start; i < start + count; i++) length += tokens[i].Length;
        if (length > _longestWord + 1) return []; // longer than every known word, even as a plural

        // Written into the caller's buffer (it holds the longest word plus an 's'): no string for each
        // candidate phrase that is not a term.
        var at = 0;
        for (var i = start; i < start + count; i++)
        {
            if (i > start) buffer[at++] = '-';
            tokens[i].CopyTo(buffer[at..]);
            at += tokens[i].Length;
        }
        return Lookup(buffer[..length]);
    }

    /// <summary>Reads user text: terms (longest match first, up to three words), URLs, filler and unknown words.</summary>
    public Reading Read(IEnumerable<string> words, bool lenient = false)
    {
        // URLs, unknown and ignored words are rare: their lists are made when one turns up.
        var tokens = new List<string>();
        List<string>? urls = null;
        foreach (var raw in words)
        {
            if (WebUrl.TryParseAbsoluteHttp(raw, out var url)) (urls ??= []).Add(url);
            else
            {
                var n = Normalize(raw);
                if (n.Length > 0) tokens.Add(n);
            }
        }

        var terms = new List<IReadOnlyList<Term>>(tokens.Count);
        List<UnknownWord>? unknown = null;
        List<string>? ignored = null;
        Span<char> phrase = _longestWord < 256 ? stackalloc char[256] : new char[_longestWord + 1];
        for (var i = 0; i < tokens.Count;)
        {
            var matched = false;
            for (var len = Math.Min(LongestTerm, tokens.Count - i); len >= 1 && !matched; len--)
            {
                var found = len == 1 ? Lookup(tokens[i]) : LookupJoined(tokens, i, len, phrase);
                if (found.Count == 0) continue;
                terms.Add(found);
                i += len;
                matched = true;
            }
            if (matched) continue;

            var word = tokens[i++];
            if (Filler.Contains(word)) continue;
            var suggestions = Suggest(word);
            // In free text ("hey bot, any CI content?") a word far from every term is just conversation.
            if (lenient && suggestions.Count == 0) (ignored ??= []).Add(word);
            else (unknown ??= []).Add(new UnknownWord(word, suggestions));
        }
        return new Reading(terms, unknown ?? [], urls ?? [], ignored ?? []);
    }

    /// <summary>The closest known words by edit distance (at most 3), nearest first.</summary>
    public IReadOnlyList<string> Suggest(string word)
    {
        var n = Normalize(word);
        var limit = n.Length <= 3 ? 1 : n.Length <= 6 ? 2 : 3;
        return _terms.Keys
            .Select(k => (Word: k, Distance: EditDistance(n, k)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Word, StringComparer.Ordinal)
            .Select(x => x.Word)
            .Take(3)
            .ToList();
    }

    internal static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3) return int.MaxValue;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private void AddAll(TermKind kind, string key, IEnumerable<string> surfaces)
    {
        foreach (var surface in surfaces)
        {
            var n = Normalize(surface);
            if (n.Length == 0) continue;
            if (!_terms.TryGetValue(n, out var list)) _terms[n] = list = [];
            if (!list.Any(t => t.Kind == kind && t.Key == key)) list.Add(new Term(kind, key, surface));
        }
    }

    private static readonly char[] TrimmedPunctuation = ['?', '!', '.', ',', ';', ':', '"', '\'', '(', ')', '[', ']', '*', '_', '`', '“', '”', '‘', '’'];
}
