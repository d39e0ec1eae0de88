using System.Text.Json;

namespace JourneyBot.Tagging.Ai;

/// <summary>
/// Turns the model's JSON reply (<c>{"kind":..,"use_case":..,"stage":..,"persona":..,"motion":..,"words":[..]}</c>)
/// into a <see cref="QuestionReading"/> that holds only what the vocabulary and the question hold: an unknown kind means
/// no reading, an unknown key is dropped, and a search word the question does not contain is dropped.
/// </summary>
internal static class QuestionReply
{
    private const int MaxWords = 8;

    /// <summary>The reading, or null with the reason (for the log: never the reply's text, which may echo the question).</summary>
    public static (QuestionReading? Reading, string? Problem, IReadOnlyList<string> Dropped) Read(
        string? reply, string question, QuestionVocabulary vocabulary)
    {
        var dropped = new List<string>();
        using var document = ParseObject(reply);
        if (document is null) return (null, "not a JSON object", dropped);
        var root = document.RootElement;

        var kind = Values(root, "kind", "intent", "command").Select(NormalizeKind).FirstOrDefault(QuestionKinds.All.Contains);
        if (kind is null) return (null, "no known kind", dropped);

        var reading = new QuestionReading(
            kind,
            Key(root, vocabulary.Tags.UseCases, "use case", dropped, "use_case", "usecase", "useCase", "use_cases"),
            Key(root, vocabulary.Tags.Stages, "stage", dropped, "stage", "stages", "funnel_state"),
            Key(root, vocabulary.Tags.Personas, "persona", dropped, "persona", "personas"),
            Key(root, vocabulary.Motions, "motion", dropped, "motion", "motions"),
            kind == QuestionKinds.Search ? QuestionWords(root, question, dropped) : []);

        var named = reading.UseCase ?? reading.Stage ?? reading.Persona ?? reading.Motion;
        if (kind != QuestionKinds.Help && named is null && reading.Words.Count == 0)
            return (null, "nothing from the vocabulary", dropped);
        return (reading, null, dropped);
    }

    private static JsonDocument? ParseObject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Models asked for JSON still wrap it in ```json fences or a sentence; the object is what counts.
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string NormalizeKind(string value) =>
        value.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-') switch
        {
            "nextoffer" or "next" => QuestionKinds.NextOffer,
            var k => k,
        };

    /// <summary>The first value that names a term (by key, name or alias, any case); the others are dropped.</summary>
    private static string? Key(JsonElement root, IReadOnlyList<TagTerm> terms, string dimension, List<string> dropped, params string[] names)
    {
        string? key = null;
        foreach (var value in Values(root, names))
        {
            var term = terms.Resolve(value);
            if (term is null) dropped.Add(dimension);
            else key ??= term.Key;
        }
        return key;
    }

    /// <summary>Search words the question itself contains, in the question's spelling; a model may not add its own.</summary>
    private static List<string> QuestionWords(JsonElement root, string question, List<string> dropped)
    {
        var asked = Words(question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var word in Values(root, "words", "query", "search").SelectMany(Words))
        {
            if (!asked.Contains(word)) dropped.Add("search word");
            else if (kept.Count < MaxWords && !kept.Contains(word, StringComparer.OrdinalIgnoreCase)) kept.Add(word);
        }
        return kept;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(TrimmedPunctuation))
            .Where(w => w.Length > 0);

    private static readonly char[] TrimmedPunctuation = ['?', '!', '.', ',', ';', ':', '"', '\'', '(', ')', '[', ']', '*', '`', '“', '”', '‘', '’'];

    /// <summary>A property's strings, whether the model wrote one string or an array of them; nothing for null.</summary>
    private static List<string> Values(JsonElement root, params string[] names)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.OrdinalIgnoreCase)) continue;
            return property.Value.ValueKind switch
            {
                JsonValueKind.Array => property.Value.EnumerateArray()
                    .Where(v => v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
                    .Select(v => v.GetString()!.Trim())
                    .ToList(),
                JsonValueKind.String when !string.IsNullOrWhiteSpace(property.Value.GetString()) => [property.Value.GetString()!.Trim()],
                _ => [],
            };
        }
        return [];
    }
}
