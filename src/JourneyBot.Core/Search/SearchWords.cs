using System.Text;

namespace JourneyBot.Core.Search;

/// <summary>
/// The words of a search, read the same way for both engines: runs of letters and digits, lower case, without the
/// words PostgreSQL's english configuration drops (so SQLite drops them too and both find the same items), at most
/// <see cref="MaxWords"/> of them. Everything else the person typed (quotes, <c>*</c>, <c>-</c>, parentheses) separates
/// words and is never passed on, so no query syntax of either engine can come from the user; the query strings built
/// here are still sent as parameters, never written into SQL.
/// </summary>
public sealed class SearchWords
{
    public const int MaxWords = 12;
    public const int MaxWordLength = 40;

    /// <summary>Shorter words match only themselves (after stemming): "ci" must not find "circle" or "city".</summary>
    public const int PrefixFrom = 3;

    private SearchWords(IReadOnlyList<string> words, IReadOnlyList<string> dropped)
    {
        Words = words;
        Dropped = dropped;
    }

    /// <summary>The words searched for, in the order typed, each once.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Common words (the, for, with...) that were not searched for.</summary>
    public IReadOnlyList<string> Dropped { get; }

    public int Count => Words.Count;

    public static SearchWords Read(string? text)
    {
        var words = new List<string>();
        var dropped = new List<string>();
        foreach (var word in Split(text ?? ""))
        {
            if (StopWords.Contains(word)) { if (!dropped.Contains(word)) dropped.Add(word); }
            else if (!words.Contains(word) && words.Count < MaxWords) words.Add(word);
        }
        return new SearchWords(words, dropped);
    }

    private static IEnumerable<string> Split(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0) { yield return Cut(word); word.Clear(); }
        }
        if (word.Length > 0) yield return Cut(word);
    }

    private static string Cut(StringBuilder word) => word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString();

    /// <summary>An FTS5 query: each word a quoted string (stemmed by the table's porter tokenizer), a prefix from <see cref="PrefixFrom"/> letters.</summary>
    public string Fts5Query(bool anyWord) =>
        string.Join(anyWord ? " OR " : " AND ", Words.Select(w => w.Length >= PrefixFrom ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>A <c>to_tsquery('journeybot_search', ...)</c> query: the same terms, <c>:*</c> marking a prefix.</summary>
    /// <param name="inTitle">Only words of the title (the vector's weight A), as the titles-only FTS5 table finds them.</param>
    public string TsQuery(bool anyWord, bool inTitle = false) =>
        string.Join(anyWord ? " | " : " & ", Words.Select(w => TsTerm(w, inTitle)));

    private static string TsTerm(string word, bool inTitle) => (word.Length >= PrefixFrom, inTitle) switch
    {
        (true, false) => word + ":*",
        (false, false) => word,
        (true, true) => word + ":*A",
        (false, true) => word + ":A",
    };

    /// <summary>PostgreSQL 15's english stop words (tsearch_data/english.stop); a test checks PostgreSQL drops each.</summary>
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was",
        "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and",
        "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between",
        "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on",
        "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all",
        "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same",
        "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now",
    };
}
