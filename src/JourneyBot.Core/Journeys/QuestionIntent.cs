namespace JourneyBot.Core.Journeys;

/// <summary>What a plain question asks for, read from its phrasing rather than its first word.</summary>
internal enum Intent { None, Owner, Define, Gaps, Play, NextOffer, Search, Collateral, Send, WhatIs }

/// <summary>
/// Finds the intent of a plain question from cue phrases anywhere in it ("who is responsible for", "talk track",
/// "what should I send"). Cues are listed by priority: the first intent with a cue in the question wins. Every cue
/// phrase found is marked as read, so cue words are neither terms nor shown as ignored.
/// </summary>
internal static class QuestionIntent
{
    private static readonly (Intent Intent, string[] Phrase)[] Cues = Build(
        (Intent.Owner, ["who owns", "who is responsible", "who's responsible", "whos responsible", "responsible", "owner", "owners", "owns",
            "accountable", "who runs", "measured", "measure", "kpi", "kpis", "metric", "metrics"]),
        (Intent.Define, ["explain", "define", "definition", "mean", "means", "meaning", "stand for", "stands for"]),
        (Intent.Gaps, ["gap", "gaps", "gap-map", "holes", "hole", "missing", "no content", "have no", "has no", "lack", "lacking", "lacks",
            "coverage", "uncovered", "not covered"]),
        (Intent.Play, ["how do we sell", "how do i sell", "how to sell", "how should i sell", "sell", "selling", "talk track", "talk-track",
            "talking points", "pitch", "pitching", "who should i meet", "who do i meet", "who to meet", "meet", "who should i talk to",
            "what do i say", "what should i say", "what to say", "say", "messaging", "positioning", "position", "value play", "value-play",
            "play", "plays", "playbook", "objection", "objections", "approach"]),
        (Intent.NextOffer, ["what next", "next", "next-offer", "next step", "next steps", "after", "then", "follow up", "follow-up",
            "followup", "nurture", "move them", "what should i send", "what do i send", "what to send"]),
        (Intent.Search, ["show me", "show", "find", "search", "do we have", "have we got", "is there", "are there", "where is",
            "where can i find", "looking for", "link to", "any"]),
        (Intent.Collateral, ["collateral", "content", "fit", "fits", "fitting"]),
        (Intent.Send, ["send", "share", "give"]),
        (Intent.WhatIs, ["what is", "what's", "whats", "what are", "tell me about"]));

    /// <summary>The intent of <paramref name="normalized"/> (words after <see cref="Vocabulary.Normalize"/>) and which words were cues.</summary>
    public static Intent Detect(IReadOnlyList<string> normalized, bool[] cue)
    {
        var intent = Intent.None;
        foreach (var (candidate, phrase) in Cues)
        {
            for (var i = 0; i + phrase.Length <= normalized.Count; i++)
            {
                if (!Matches(normalized, i, phrase, cue)) continue;
                for (var j = i; j < i + phrase.Length; j++) cue[j] = true;
                if (intent == Intent.None) intent = candidate;
            }
        }
        return intent;
    }

    /// <summary>True for a word that is part of some cue phrase ("explain", "next"): phrasing, never an unknown word.</summary>
    public static bool IsCue(string normalized) => CueWords.Contains(normalized);

    private static readonly HashSet<string> CueWords = Cues.SelectMany(c => c.Phrase).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="phrase"/> stands at <paramref name="at"/> in <paramref name="words"/> and none of its words is read yet.</summary>
    public static bool Matches(IReadOnlyList<string> words, int at, string[] phrase, bool[] read)
    {
        for (var j = 0; j < phrase.Length; j++)
            if (read[at + j] || words[at + j] != phrase[j]) return false;
        return true;
    }

    // In the order given: by intent priority, and within an intent longer phrases before the words they contain.
    private static (Intent, string[])[] Build(params (Intent Intent, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (g.Intent, p.Split(' ')))).ToArray();
}
