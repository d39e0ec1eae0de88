using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Turns command text (<c>next-offer ci inquiry</c>) or a free question from a mention or DM
/// ("what next for CI managers at mql?") into a typed request, or into an answer that says what was not understood.
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
        return ParseQuestion(text, words, catalog, freeText);
    }

    private static JourneyRequest ParseVerb(string verb, string text, List<string> args, CatalogSnapshot catalog, bool lenient) => verb switch
    {
        "help" => new HelpRequest(text),
        "next-offer" => NextOffer(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "collateral" => Collateral(text, catalog.Vocabulary.Read(args, lenient)),
        "play" => Play(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "stage" => Stage(text, catalog.Vocabulary.Read(args, lenient), catalog),
        "gaps" => Gaps(text, catalog.Vocabulary.Read(args, lenient)),
        "add" => CatalogRequestParser.Add(text, args, catalog),
        "tag" => CatalogRequestParser.Tag(text, args),
        "digest" => new DigestRequest(text, args.FirstOrDefault()?.ToLowerInvariant() ?? "", args.Skip(1).ToList()),
        _ => new HelpRequest(text),
    };

    /// <summary>A question without a leading verb: the intent comes from cue words, then from what it names.</summary>
    private static JourneyRequest ParseQuestion(string text, IReadOnlyList<string> words, CatalogSnapshot catalog, bool lenient)
    {
        var normalized = words.Select(Vocabulary.Normalize).ToList();
        bool Has(params string[] cues) => normalized.Any(w => cues.Contains(w));
        var rest = words.Where((w, i) => !Cues.Contains(normalized[i])).ToList();
        var reading = catalog.Vocabulary.Read(rest, lenient);

        if (Has("next", "next-offer", "after", "then")) return NextOffer(text, reading, catalog);
        if (Has("play", "value-play", "plays")) return Play(text, reading, catalog);
        if (Has("gap", "gaps", "holes", "missing", "gap-map")) return Gaps(text, reading);
        if (Has("define", "definition", "mean", "means", "meaning", "explain")) return Stage(text, reading, catalog);

        if (reading.Unknown.Count > 0) return Unreadable(text, new NotUnderstoodAnswer(text, reading.Unknown));
        if (reading.All(TermKind.Stage).Count > 0) return Collateral(text, reading);
        if (reading.Urls.Count > 0) return NextOffer(text, reading, catalog);
        if (reading.All(TermKind.UseCase).Count > 0 || reading.All(TermKind.Motion).Count > 0) return Play(text, reading, catalog);
        if (reading.All(TermKind.JourneyStage).Count > 0) return Stage(text, reading, catalog);
        return lenient
            ? new HelpRequest(text)
            : Unreadable(text, new NotUnderstoodAnswer(text, [new UnknownWord(words[0], catalog.Vocabulary.Suggest(words[0]))]));
    }

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "next", "next-offer", "after", "then", "play", "value-play", "plays", "value",
        "gap", "gaps", "holes", "missing", "gap-map", "define", "definition", "mean", "means", "meaning", "explain",
    };

    private static JourneyRequest NextOffer(string text, Reading r, CatalogSnapshot catalog)
    {
        if (Problem(text, r) is { } p) return p;
        var (persona, personaProblem) = One(r, TermKind.Persona, "persona");
        if (personaProblem is not null) return Unreadable(text, personaProblem);

        if (r.Urls.Count > 0)
        {
            var item = catalog.FindByUrl(r.Urls[0]);
            if (item is null)
                return Unreadable(text, JourneyHelp.NeedMore($"I don't know {r.Urls[0]}: it is not in the catalog. Name the use case and stage instead.",
                    JourneyHelp.NextOffer));
            var useCaseGiven = One(r, TermKind.UseCase, "use case");
            if (useCaseGiven.Problem is { } up) return Unreadable(text, up);
            var useCase = useCaseGiven.Key ?? item.UseCases.FirstOrDefault();
            // The furthest stage the item is tagged with is where the prospect is now.
            var stage = catalog.BuyerStages.LastOrDefault(s => item.Stages.Contains(s.Key))?.Key;
            if (useCase is null || stage is null)
                return Unreadable(text, JourneyHelp.NeedMore($"{item.Title} has no use case or stage tags, so I can't tell what comes next.",
                    JourneyHelp.NextOffer));
            return new NextOfferRequest(text, useCase, stage, persona, item.Url);
        }

        var uc = One(r, TermKind.UseCase, "use case");
        var st = One(r, TermKind.Stage, "stage");
        if ((uc.Problem ?? st.Problem) is { } problem) return Unreadable(text, problem);
        if (uc.Key is null || st.Key is null)
        {
            var missing = (uc.Key, st.Key) switch
            {
                (null, null) => "a use case and a stage (or funnel state)",
                (null, _) => "a use case",
                _ => "a stage or funnel state",
            };
            return Unreadable(text, JourneyHelp.NeedMore($"next-offer needs {missing}.", JourneyHelp.NextOffer));
        }
        return new NextOfferRequest(text, uc.Key, st.Key, persona, null);
    }

    private static JourneyRequest Collateral(string text, Reading r)
    {
        if (Problem(text, r) is { } p) return p;
        var st = One(r, TermKind.Stage, "stage");
        var uc = One(r, TermKind.UseCase, "use case");
        var pe = One(r, TermKind.Persona, "persona");
        if ((st.Problem ?? uc.Problem ?? pe.Problem) is { } problem) return Unreadable(text, problem);
        if (st.Key is null)
            return Unreadable(text, JourneyHelp.NeedMore("collateral needs a stage (awareness, consideration, decision) or a funnel state (inquiry, mql, sql...).",
                JourneyHelp.Collateral));
        return new CollateralRequest(text, st.Key, uc.Key, pe.Key);
    }

    private static JourneyRequest Play(string text, Reading r, CatalogSnapshot catalog)
    {
        if (Problem(text, r) is { } p) return p;
        var pe = One(r, TermKind.Persona, "persona");
        if (pe.Problem is { } pp) return Unreadable(text, pp);
        var motion = One(r, TermKind.Motion, "motion");
        var useCase = One(r, TermKind.UseCase, "use case");
        // "devsecops" names both a motion and a use case: the use case narrows, the motion decides.
        if (motion.Key is null && useCase.Problem is { } up) return Unreadable(text, up);
        if (motion.Problem is { } mp && useCase.Key is null) return Unreadable(text, mp);
        var motionKey = motion.Key ?? (useCase.Key is { } u ? catalog.UseCase(u)?.MotionKey : null);
        if (motionKey is null)
        {
            var why = useCase.Key is { } k ? $"The use case {k} belongs to no GTM motion yet." : "play needs a GTM motion or a use case.";
            return Unreadable(text, JourneyHelp.NeedMore(why + " Motions: " + string.Join(", ", catalog.Motions.Select(m => m.Key)) + ".",
                JourneyHelp.Play));
        }
        var narrowed = useCase.Key is { } uk && catalog.UseCase(uk)?.MotionKey == motionKey && motion.Key != uk ? uk : null;
        return new PlayRequest(text, motionKey, narrowed, pe.Key);
    }

    private static JourneyRequest Stage(string text, Reading r, CatalogSnapshot catalog)
    {
        if (Problem(text, r) is { } p) return p;
        var buyer = One(r, TermKind.Stage, "stage");
        if (buyer.Key is not null) return new StageRequest(text, catalog.BuyerStages[0].JourneyKey, buyer.Key);
        var other = r.All(TermKind.JourneyStage);
        if (other.Count > 0)
        {
            var key = other[0].Key.Split('/');
            return new StageRequest(text, key[0], key[1]);
        }
        return Unreadable(text, JourneyHelp.NeedMore("stage needs a stage: " + string.Join(", ", catalog.BuyerStages.Select(s => s.Key)) + ", or one of the customer, user and contributor journeys.",
            JourneyHelp.Stage));
    }

    private static JourneyRequest Gaps(string text, Reading r)
    {
        if (Problem(text, r) is { } p) return p;
        var uc = One(r, TermKind.UseCase, "use case");
        var st = One(r, TermKind.Stage, "stage");
        var pe = One(r, TermKind.Persona, "persona");
        if ((uc.Problem ?? st.Problem ?? pe.Problem) is { } problem) return Unreadable(text, problem);
        return new GapsRequest(text, uc.Key, st.Key, pe.Key);
    }

    private static UnreadableRequest? Problem(string text, Reading r) =>
        r.Unknown.Count > 0 ? Unreadable(text, new NotUnderstoodAnswer(text, r.Unknown)) : null;

    internal static UnreadableRequest Unreadable(string text, Answer problem) => new(text, problem);

    /// <summary>Splits plain text into words at any whitespace (Unicode spaces too).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private readonly record struct Pick(string? Key, Answer? Problem);

    /// <summary>At most one term of a kind: two use cases in one next-offer is ambiguous, so say so.</summary>
    private static Pick One(Reading r, TermKind kind, string what)
    {
        var terms = r.All(kind);
        return terms.Count switch
        {
            0 => new Pick(null, null),
            1 => new Pick(terms[0].Key, null),
            _ => new Pick(null, new NeedMoreAnswer($"Name one {what}: you named {string.Join(" and ", terms.Select(t => t.Key))}.", JourneyHelp.Help.Usage, "next-offer ci inquiry")),
        };
    }
}
