using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Matches user words against stages, personas, use cases and motions: case-insensitive, with aliases and
/// plurals, multi-word terms in any spacing ("top funnel" = "top-funnel"), filler words ignored, and
/// "did you mean" suggestions by edit distance for anything else.
/// </summary>
public sealed class Vocabulary
{
    private const int LongestTerm = 5; // "vp of platform engineering": job titles run to five words

    private readonly Dictionary<string, List<Term>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    private readonly int _longestWord;

    public Vocabulary(CatalogSnapshot catalog)
    {
        foreach (var s in catalog.BuyerStages)
            AddAll(TermKind.Stage, s.Key, [s.Key, s.Name, .. s.Aliases]);
        foreach (var p in catalog.Personas)
            AddAll(TermKind.Persona, p.Key, [p.Key, p.Name, .. p.Aliases, .. p.Titles]);
        foreach (var t in catalog.Types)
            AddAll(TermKind.Type, t.Key, [t.Key, t.Name, .. t.Aliases]);
        foreach (var u in catalog.UseCases)
            AddAll(TermKind.UseCase, u.Key, [u.Key, u.Name, .. u.Aliases]);
        foreach (var u in catalog.UseCases)
            AddSingulars(TermKind.UseCase, u.Key, u.Aliases);
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

    /// <summary>
    /// Reads user text: terms (longest match first, up to five words), URLs, filler and other words. Strictly, every other
    /// word is unknown. Leniently (<paramref name="lenient"/>), only a likely typo is: close to a term of a kind the text
    /// names nowhere else, and not an English word of its own ("engineering" is not "engineer"); the rest is ignored.
    /// </summary>
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
        List<string>? others = null;
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
            if (!CommonWords.IsFiller(word)) (others ??= []).Add(word);
        }
        if (others is null) return new Reading(terms, [], urls ?? [], []);

        List<UnknownWord>? unknown = null;
        List<string>? ignored = null;
        foreach (var word in others)
        {
            var suggestions = lenient ? LikelyTypoOf(word, terms) : Suggest(word);
            if (lenient && suggestions.Count == 0) (ignored ??= []).Add(word);
            else (unknown ??= []).Add(new UnknownWord(word, suggestions));
        }
        return new Reading(terms, unknown ?? [], urls ?? [], ignored ?? []);
    }

    /// <summary>The terms <paramref name="word"/> is likely a typo of, in free text: none when it is a word of its own.</summary>
    private List<string> LikelyTypoOf(string word, List<IReadOnlyList<Term>> found)
    {
        if (word.Length < 4 || CommonWords.IsKnown(word) || !word.All(char.IsLetter)) return [];
        var limit = word.Length <= 5 ? 1 : 2;
        var result = new List<string>();
        foreach (var candidate in _terms)
        {
            // "engineering" starts with "engineer": a word of its own, not a typo.
            if (word.StartsWith(candidate.Key, StringComparison.Ordinal) || EditDistance(word, candidate.Key) > limit) continue;
            // A correction into a kind the text already names would change what was said, not fix it.
            if (candidate.Value.All(t => found.Any(f => f.Any(x => x.Kind == t.Kind)))) continue;
            result.Add(candidate.Key);
        }
        return result.OrderBy(k => EditDistance(word, k)).ThenBy(k => k, StringComparer.Ordinal).Take(3).ToList();
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
            Add(kind, key, surface, Normalize(surface));
    }

    /// <summary>Aliases are often written as plurals only ("pipelines"): their singulars are read too, unless they name something else.</summary>
    private void AddSingulars(TermKind kind, string key, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases)
        {
            var n = Normalize(alias);
            if (n.Length > 4 && n[^1] == 's' && n[^2] != 's' && !_terms.ContainsKey(n[..^1]) && !CommonWords.IsKnown(n[..^1])) Add(kind, key, alias, n[..^1]);
        }
    }

    private void Add(TermKind kind, string key, string surface, string n)
    {
        if (n.Length == 0) return;
        if (!_terms.TryGetValue(n, out var list)) _terms[n] = list = [];
        if (!list.Any(t => t.Kind == kind && t.Key == key)) list.Add(new Term(kind, key, surface));
    }

    private static readonly char[] TrimmedPunctuation = ['?', '!', '.', ',', ';', ':', '"', '\'', '(', ')', '[', ']', '*', '_', '`', '“', '”', '‘', '’'];
}
