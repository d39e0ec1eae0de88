using JourneyBot.Core.Catalog;
using static JourneyBot.Core.Journeys.QuestionParser;
using static JourneyBot.Core.Journeys.RequestBuilders;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Reads a question as people type it in a channel: the intent from its phrasing, the prospect's stage from what they
/// did, and any terms it names; other words are read past (and shown as such). "Did you mean" only for a likely typo
/// of a term of a kind the question does not name otherwise. A question that names no term is searched by its words.
/// </summary>
internal static class PlainQuestion
{
    public static JourneyRequest Parse(string text, IReadOnlyList<string> words, CatalogSnapshot catalog, bool freeText)
    {
        var normalized = words.Select(Vocabulary.Normalize).ToList();
        var read = new bool[words.Count];
        var intent = QuestionIntent.Detect(normalized, read);
        var implied = ProspectState.Detect(normalized, read, catalog);
        var reading = catalog.Vocabulary.Read(words.Where((_, i) => !read[i]), lenient: true);
        var request = Build(text, intent, reading, implied, catalog);
        if (request is HelpRequest && !freeText && reading.Ignored.Count == 0 && reading.Terms.Count == 0)
            return Unreadable(text, new NotUnderstoodAnswer(text, [new UnknownWord(words[0], catalog.Vocabulary.Suggest(words[0]))]));
        return request is HelpRequest or UnreadableRequest { Problem: NotUnderstoodAnswer }
            ? request
            : request with { ReadAs = ReadAsLine.Of(request, reading, catalog) };
    }

    private static JourneyRequest Build(string text, Intent intent, Reading r, string? implied, CatalogSnapshot catalog)
    {
        if (r.Unknown.Count > 0) return Unreadable(text, new NotUnderstoodAnswer(text, r.Unknown));
        bool Has(TermKind kind) => r.All(kind).Count > 0;
        var hasStage = Has(TermKind.Stage) || implied is not null;
        var words = ContentWords(r);
        var query = string.Join(' ', words.Concat(TypeWords(r, catalog)));

        switch (intent)
        {
            case Intent.Owner when Has(TermKind.Stage) || Has(TermKind.JourneyStage):
            {
                var stage = Stage(text, r, catalog);
                return stage is StageRequest owner ? owner with { OwnerAsked = true } : stage;
            }
            case Intent.Define or Intent.WhatIs when Has(TermKind.Stage) || Has(TermKind.JourneyStage):
                return Stage(text, r, catalog);
            case Intent.Gaps:
                return Gaps(text, r);
            case Intent.Play when Has(TermKind.UseCase) || Has(TermKind.Motion):
                return Play(text, r, catalog);
            case Intent.NextOffer:
            case Intent.Send when hasStage || r.Urls.Count > 0:
                return NextOffer(text, r, catalog, implied);
            // "CI webinars at consideration" lists; "webinars about merge trains" searches.
            case Intent.Search or Intent.Send when words.Count > 0 || (query.Length > 0 && !hasStage):
                return RequestBuilders.Search(text, query, r, implied);
            case Intent.Collateral or Intent.Search or Intent.Send when hasStage:
                return Collateral(text, r, implied);
        }

        // No intent in the phrasing (or not enough for it): what the question names decides.
        if (r.Urls.Count > 0) return NextOffer(text, r, catalog, implied);
        if (Has(TermKind.Stage)) return Collateral(text, r);
        if (implied is not null) return Has(TermKind.UseCase) ? NextOffer(text, r, catalog, implied) : Collateral(text, r, implied);
        // Words beyond the terms ("canary" in "anything on canary deployments") are what is being looked for.
        if (Has(TermKind.Type) || words.Count > 0 && !Has(TermKind.JourneyStage)) return query.Length > 0 ? RequestBuilders.Search(text, query, r) : new HelpRequest(text);
        if (Has(TermKind.UseCase) || Has(TermKind.Motion)) return Play(text, r, catalog);
        if (Has(TermKind.JourneyStage)) return Stage(text, r, catalog);
        if (query.Length > 0) return RequestBuilders.Search(text, query, r);
        return new HelpRequest(text);
    }

    /// <summary>The words worth searching for: those read past that are not conversation.</summary>
    private static List<string> ContentWords(Reading r) => r.Ignored.Where(w => !CommonWords.IsConversation(w)).ToList();

    /// <summary>A collateral type named is searched for by its name ("ROI calculator" for "roi calcs"), which items carry.</summary>
    private static IEnumerable<string> TypeWords(Reading r, CatalogSnapshot catalog) =>
        r.All(TermKind.Type).SelectMany(t => QuestionParser.Words((catalog.Type(t.Key)?.Name ?? t.Key).ToLowerInvariant()));
}
