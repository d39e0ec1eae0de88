using JourneyBot.Core.Catalog;
using static JourneyBot.Core.Journeys.QuestionParser;

namespace JourneyBot.Core.Journeys;

/// <summary>
/// Builds each typed request from what a question named (its <see cref="Reading"/>), or the answer that says what is
/// missing or ambiguous. Shared by commands (<c>next-offer ci inquiry</c>) and plain questions.
/// </summary>
internal static class RequestBuilders
{
    /// <param name="impliedStage">The stage a sentence implies ("watched the demo"), used when no stage is named.</param>
    public static JourneyRequest NextOffer(string text, Reading r, CatalogSnapshot catalog, string? impliedStage = null)
    {
        if (Problem(text, r) is { } p) return p;
        var (persona, personaProblem) = One(r, TermKind.Persona, "persona");
        var type = One(r, TermKind.Type, "type");
        if ((personaProblem ?? type.Problem) is { } pp) return Unreadable(text, pp);

        if (r.Urls.Count > 0)
        {
            var item = catalog.FindByUrl(r.Urls[0]);
            if (item is null && catalog.FindRetiredByUrl(r.Urls[0]) is { RetiredOn: { } retiredOn } retired)
                return Unreadable(text, JourneyHelp.NeedMore(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{retired.Title} was retired on {retiredOn:yyyy-MM-dd}: it is no longer offered, so I won't plan from it. Name the use case and stage instead."),
                    JourneyHelp.NextOffer));
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
            return new NextOfferRequest(text, useCase, stage, persona, item.Url, type.Key);
        }

        var uc = One(r, TermKind.UseCase, "use case");
        var st = One(r, TermKind.Stage, "stage");
        if ((uc.Problem ?? st.Problem) is { } problem) return Unreadable(text, problem);
        var stageKey = st.Key ?? impliedStage;
        if (uc.Key is null || stageKey is null)
        {
            var missing = (uc.Key, stageKey) switch
            {
                (null, null) => "a use case and a stage (or funnel state)",
                (null, _) => "a use case",
                _ => "a stage or funnel state",
            };
            return Unreadable(text, JourneyHelp.NeedMore($"next-offer needs {missing}.", JourneyHelp.NextOffer));
        }
        return new NextOfferRequest(text, uc.Key, stageKey, persona, null, type.Key);
    }

    public static JourneyRequest Collateral(string text, Reading r, string? impliedStage = null)
    {
        if (Problem(text, r) is { } p) return p;
        var (uc, st, pe, problem) = Narrowing(r);
        var type = One(r, TermKind.Type, "type");
        if ((problem ?? type.Problem) is { } pp) return Unreadable(text, pp);
        if ((st.Key ?? impliedStage) is not { } stage)
            return Unreadable(text, JourneyHelp.NeedMore("collateral needs a stage (awareness, consideration, decision) or a funnel state (inquiry, mql, sql...).",
                JourneyHelp.Collateral));
        return new CollateralRequest(text, stage, uc.Key, pe.Key, type.Key);
    }

    public static JourneyRequest Play(string text, Reading r, CatalogSnapshot catalog)
    {
        if (Problem(text, r) is { } p) return p;
        var pe = One(r, TermKind.Persona, "persona");
        if (pe.Problem is { } pp) return Unreadable(text, pp);
        var motion = One(r, TermKind.Motion, "motion");
        var useCase = One(r, TermKind.UseCase, "use case");
        // "devsecops" names both a motion and a use case: the use case narrows, the motion decides.
        if (motion.Key is null && useCase.Problem is { } up) return Unreadable(text, up);
        if (motion.Problem is { } mp && useCase.Key is null) return Unreadable(text, mp);
        var useCaseMotion = useCase.Key is { } u ? catalog.UseCase(u)?.MotionKey : null;
        // A use case is the more specific word: "platform" in "platform engineering at a gitops shop" does not make it the platform play.
        var motionKey = useCaseMotion ?? motion.Key;
        if (motionKey is null)
        {
            var why = useCase.Key is { } k ? $"The use case {k} belongs to no GTM motion yet." : "play needs a GTM motion or a use case.";
            return Unreadable(text, JourneyHelp.NeedMore(why + " Motions: " + string.Join(", ", catalog.Motions.Select(m => m.Key)) + ".",
                JourneyHelp.Play));
        }
        var narrowed = useCase.Key is { } uk && useCaseMotion == motionKey && motionKey != uk ? uk : null;
        return new PlayRequest(text, motionKey, narrowed, pe.Key);
    }

    public static JourneyRequest Stage(string text, Reading r, CatalogSnapshot catalog)
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

    public static JourneyRequest Gaps(string text, Reading r)
    {
        if (Problem(text, r) is { } p) return p;
        var (uc, st, pe, problem) = Narrowing(r);
        if (problem is not null) return Unreadable(text, problem);
        return new GapsRequest(text, uc.Key, st.Key, pe.Key);
    }

    /// <summary>A search for <paramref name="query"/>, narrowed by the use case, stage and persona named with it.</summary>
    public static JourneyRequest Search(string text, string query, Reading r, string? impliedStage = null)
    {
        var (uc, st, pe, problem) = Narrowing(r);
        if (problem is not null) return Unreadable(text, problem);
        return new SearchRequest(text, query, uc.Key, st.Key ?? impliedStage, pe.Key);
    }

    private static UnreadableRequest? Problem(string text, Reading r) =>
        r.Unknown.Count > 0 ? Unreadable(text, new NotUnderstoodAnswer(text, r.Unknown)) : null;

    /// <summary>The use case, stage and persona a list is narrowed by, at most one each, and the first ambiguity.</summary>
    private static (Pick UseCase, Pick Stage, Pick Persona, Answer? Problem) Narrowing(Reading r)
    {
        var uc = One(r, TermKind.UseCase, "use case");
        var st = One(r, TermKind.Stage, "stage");
        var pe = One(r, TermKind.Persona, "persona");
        return (uc, st, pe, uc.Problem ?? st.Problem ?? pe.Problem);
    }

    internal readonly record struct Pick(string? Key, Answer? Problem);

    /// <summary>At most one term of a kind: two use cases in one next-offer is ambiguous, so say so.</summary>
    internal static Pick One(Reading r, TermKind kind, string what)
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
