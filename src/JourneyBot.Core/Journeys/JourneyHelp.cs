namespace JourneyBot.Core.Journeys;

/// <summary>
/// The commands, one example each: shown for help and with unreadable questions. Each command is a named member,
/// so a problem answer names its usage by member (a typo does not compile) instead of looking it up by text.
/// </summary>
public static class JourneyHelp
{
    public static readonly CommandHelp NextOffer = new(
        "next-offer <use case> <stage or funnel state> [persona]", "the next offer: content for the stage after the one given", "next-offer ci inquiry manager");

    public static readonly CommandHelp NextOfferAfterUrl = new(
        "next-offer <url of the item they engaged with> [persona]", "the next offer after a piece of content", "next-offer https://content.example.com/ci/hidden-cost-of-slow-builds");

    public static readonly CommandHelp Collateral = new(
        "collateral <stage> [use case] [persona]", "which collateral fits a stage (also: fit, content)", "collateral consideration ci executive");

    public static readonly CommandHelp Play = new(
        "play <motion or use case> [persona]", "the value play: context, who to meet, what to say and show, how to measure", "play devsecops manager");

    public static readonly CommandHelp Stage = new(
        "stage <stage>", "definition, focus, typical collateral, owner and measure of a stage", "stage consideration");

    public static readonly CommandHelp Gaps = new(
        "gaps [use case]", "the gap map: cells with no collateral, or only stale collateral", "gaps gitops");

    public static readonly CommandHelp Search = new(
        "search <words> [stage] [use case] [persona]", "collateral by the words of its title, type, description or owner (also: find)",
        "search roi calculator");

    public static readonly CommandHelp Add = new(
        "add <url> <title>", "add collateral, with suggested tags", "add https://content.example.com/ci/guide CI rollout guide");

    public static readonly CommandHelp Tag = new(
        "tag <title or url> [-- description]", "suggest stage, persona and use-case tags", "tag ROI calculator for CI -- estimate savings");

    public static readonly CommandHelp Digest = new(
        "digest subscribe [use cases] [on <weekday> at <HH:MM> [<tz>]]", "weekly gap digest in this channel; also unsubscribe, status, preview",
        "digest subscribe ci cd on monday at 09:00 Europe/Berlin");

    public static readonly CommandHelp Help = new("help", "this list", "help");

    public static readonly IReadOnlyList<CommandHelp> Commands = [NextOffer, NextOfferAfterUrl, Collateral, Play, Stage, Gaps, Search, Add, Tag, Digest, Help];

    /// <summary>Questions as people ask them in a channel or DM: help shows these first, so nobody has to learn the commands.</summary>
    public static readonly IReadOnlyList<string> PlainQuestions =
    [
        "what should I send a CI manager who just downloaded the ebook?",
        "got anything for a director of platform engineering looking at gitops?",
        "who is responsible for the decision stage?",
        "which use cases have no decision content?",
        "how do we sell devsecops to a CISO?",
    ];

    public static HelpAnswer Answer(string? intro = null) => new(Commands, PlainQuestions, intro);

    /// <summary>The answer for a question that lacks something, with the usage and example of <paramref name="command"/>.</summary>
    public static NeedMoreAnswer NeedMore(string problem, CommandHelp command) => new(problem, command.Usage, command.Example);
}
