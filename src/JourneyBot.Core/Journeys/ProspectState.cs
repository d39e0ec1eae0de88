using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// What a prospect did, said in a sentence ("just downloaded the ebook", "watched the demo", "requested a trial"), as the
/// buyer stage they are at. The thing they engaged with is part of the phrase, so it does not narrow the answer's type.
/// </summary>
internal static class ProspectState
{
    // Position in the buyer journey: 0 first (awareness), 1 middle (consideration), 2 last (decision).
    private static readonly Dictionary<string, int> Actions = new(StringComparer.Ordinal)
    {
        ["downloaded"] = 0, ["read"] = 0, ["visited"] = 0, ["subscribed"] = 0, ["clicked"] = 0, ["opened"] = 0,
        ["watched"] = 1, ["attended"] = 1, ["joined"] = 1, ["viewed"] = 1, ["registered"] = 1, ["engaged"] = 1,
        ["requested"] = 2, ["started"] = 2, ["booked"] = 2, ["trialing"] = 2, ["evaluating"] = 2,
    };

    // Said of the prospect on its own: "a new lead", "in a trial", "asked for pricing".
    private static readonly (string[] Phrase, int Position)[] States =
    [
        (["new", "lead"], 0), (["new", "contact"], 0), (["cold", "lead"], 0), (["free", "trial"], 2), (["trial"], 2), (["pricing"], 2),
        (["quote"], 2), (["poc"], 2), (["proof", "of", "concept"], 2), (["proposal"], 2),
    ];

    // The object of the action, read with it: "downloaded [the] [free] ebook".
    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal) { "trial", "pricing", "quote", "poc", "page", "site", "website", "email", "newsletter" };

    /// <summary>The buyer stage key the words describe, or null; the words read are marked in <paramref name="read"/>.</summary>
    public static string? Detect(IReadOnlyList<string> normalized, bool[] read, CatalogSnapshot catalog)
    {
        if (catalog.BuyerStages.Count == 0) return null;
        int? position = null;
        for (var i = 0; i < normalized.Count; i++)
        {
            if (read[i] || !Actions.TryGetValue(normalized[i], out var at)) continue;
            if (i > 0 && normalized[i - 1] is "getting" or "quick") continue; // "getting started" is a collateral type
            position ??= at;
            read[i] = true;
            var j = i + 1;
            while (j < normalized.Count && (CommonWords.IsFiller(normalized[j]) || normalized[j] is "free" or "latest" or "new")) j++;
            if (j < normalized.Count && !read[j] && IsObject(normalized[j], catalog))
                for (var k = i + 1; k <= j; k++) read[k] = true;
            else if (j + 1 < normalized.Count && !read[j + 1] && IsObject(normalized[j + 1], catalog))
                read[j + 1] = true; // "watched the SAST video": the topic between stays a term

        }
        foreach (var (phrase, at) in States)
        {
            for (var i = 0; i + phrase.Length <= normalized.Count; i++)
            {
                if (!QuestionIntent.Matches(normalized, i, phrase, read)) continue;
                for (var k = 0; k < phrase.Length; k++) read[i + k] = true;
                position ??= at;
            }
        }
        return position is int p ? catalog.BuyerStages[Math.Min(p, catalog.BuyerStages.Count - 1)].Key : null;
    }

    private static bool IsObject(string word, CatalogSnapshot catalog) =>
        Objects.Contains(word) || catalog.Vocabulary.Lookup(word).Any(t => t.Kind == TermKind.Type);
}
