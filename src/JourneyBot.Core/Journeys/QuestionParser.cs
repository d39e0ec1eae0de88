using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Turns command text (<c>next-offer ci inquiry</c>) or a question in plain language ("what next for CI managers at mql?")
/// into a typed request, or into an answer that says what was not understood. A leading command word is read strictly;
/// anything else is a plain question (<see cref="PlainQuestion"/>), read for what it names and ignoring the rest.
/// The text is plain: the chat side has already turned links into URLs, removed mentions and decoded entities.
/// </summary>
public static class QuestionParser
{
    public const int MaxQuestionLength = 2000;

    private static readonly Dictionary<string, string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = "help", ["?"] = "help", ["commands"] = "help",
        ["next-offer"] = "next-offer", ["nextoffer"] = "next-offer", ["next_offer"] = "next-offer", ["next"] = "next-offer",
        ["collateral"] = "collateral", ["fit"] = "collateral", ["content"] = "collateral",
        ["play"] = "play", ["value-play"] = "play", ["valueplay"] = "play",
        ["stage"] = "stage", ["define"] = "stage",
        ["gaps"] = "gaps", ["gap"] = "gaps", ["gap-map"] = "gaps",
        ["search"] = "search", ["find"] = "search",
        ["add"] = "add",
        ["tag"] = "tag", ["tags"] = "tag",
        ["digest"] = "digest",
    };

    /// <summary>Parses <paramref name="text"/>; <paramref name="freeText"/> is true for mentions and DMs, read leniently.</summary>
    public static JourneyRequest Parse(string text, CatalogSnapshot catalog, bool freeText = false)
    {
        text = text.Trim();
        if (text.Length > MaxQuestionLength)
            return Unreadable(text, new NeedMoreAnswer($"That question is {text.Length:N0} characters long; I read at most {MaxQuestionLength:N0}.", JourneyHelp.Help.Usage, "next-offer ci inquiry"));

        var words = Words(text);
        if (words.Count == 0) return new HelpRequest(text);

        if (Verbs.TryGetValue(words[0], out var verb))
            return ParseVerb(verb, text, words.Skip(1).ToList(), catalog, freeText);
        return PlainQuestion.Parse(text, words, catalog, freeText);
    }

    private static JourneyRequest ParseVerb(string verb, string text, List<string> args, CatalogSnapshot catalog, bool lenient) => verb switch
    {
        "help" => new HelpRequest(text),
        "next-offer" => RequestBuilders.NextOffer(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "collateral" => RequestBuilders.Collateral(text, catalog.Vocabulary.Read(args, lenient)),
        "play" => RequestBuilders.Play(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "stage" => RequestBuilders.Stage(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "gaps" => RequestBuilders.Gaps(text, catalog.Vocabulary.Read(args, lenient)),
        "search" => Search(text, args, catalog),
        "add" => CatalogRequestParser.Add(text, args, catalog),
        "tag" => CatalogRequestParser.Tag(text, args),
        "digest" => new DigestRequest(text, args.FirstOrDefault()?.ToLowerInvariant() ?? "", args.Skip(1).ToList()),
        _ => new HelpRequest(text),
    };

    /// <summary><c>search &lt;words&gt;</c>: every word is searched for, and terms among them also narrow the results.</summary>
    private static JourneyRequest Search(string text, List<string> args, CatalogSnapshot catalog)
    {
        var query = string.Join(' ', args.Select(Vocabulary.Normalize).Where(w => w.Length > 0 && !CommonWords.IsFiller(w)));
        if (query.Length == 0)
            return Unreadable(text, JourneyHelp.NeedMore("search needs words to look for, e.g. a topic, a type or a title.", JourneyHelp.Search));
        var reading = catalog.Vocabulary.Read(args, lenient: true);
        return RequestBuilders.Search(text, query, reading with { Unknown = [] });
    }

    internal static UnreadableRequest Unreadable(string text, Answer problem) => new(text, problem);

    /// <summary>Splits plain text into words at any whitespace (Unicode spaces too).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
