using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Core.Digests;

/// <summary>A word people used that the vocabulary did not know, and in how many questions of the week.</summary>
public sealed record UnknownWordCount(string Word, int Count);

/// <summary>
/// The digest's "words JourneyBot did not know": the words of the week's questions not understood that are neither
/// terms nor filler nor chat ("got", "anything") nor phrasing ("explain", "next"), re-read with the current vocabulary (a word marketing has since made an alias drops out). Only
/// words and counts leave here, nothing about who asked.
/// </summary>
public static class UnknownWords
{
    public const int MaxWords = 10;
    private const int MaxRemembered = 20_000;

    // Reading a question suggests near terms for each unknown word, which costs; a Monday fan-out reads the same week's
    // questions for every digest. Kept per vocabulary (one per catalog copy), so a new copy starts afresh and the old
    // one's entries go with it.
    private static readonly ConditionalWeakTable<Vocabulary, ConcurrentDictionary<string, string[]>> Read = new();

    /// <summary>The <see cref="MaxWords"/> most frequent unknown words, most frequent first; a word counts once per question asked.</summary>
    public static IReadOnlyList<UnknownWordCount> Top(IEnumerable<UnansweredQuestion> notUnderstood, Vocabulary vocabulary)
    {
        var words = Read.GetValue(vocabulary, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal));
        if (words.Count > MaxRemembered) words.Clear(); // a catalog copy that lives for weeks must not keep every question
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in notUnderstood)
        {
            foreach (var word in words.GetOrAdd(question.Question, q => Of(q, vocabulary)))
                counts[word] = counts.GetValueOrDefault(word) + question.Count;
        }
        return counts
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxWords)
            .Select(c => new UnknownWordCount(c.Key, c.Value))
            .ToList();
    }

    /// <summary>The distinct words of <paramref name="question"/> that are not terms and not filler, as normalised by the vocabulary.</summary>
    public static string[] Of(string question, Vocabulary vocabulary) =>
        vocabulary.Read(QuestionParser.Words(question)).Unknown.Select(u => u.Word)
            .Where(w => !CommonWords.IsConversation(w) && !QuestionIntent.IsCue(w))
            .Distinct(StringComparer.Ordinal).ToArray();
}
