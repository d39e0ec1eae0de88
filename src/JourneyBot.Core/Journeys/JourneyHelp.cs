namespace JourneyBot.Core.Journeys;

/// <summary>The commands, one example each: shown for <c>/journey</c>, <c>/journey help</c> and unreadable questions.</summary>
public static class JourneyHelp
{
    public static readonly IReadOnlyList<CommandHelp> Commands =
    [
        new("next-offer <use case> <stage or funnel state> [persona]", "the next offer: content for the stage after the one given", "next-offer ci inquiry manager"),
        new("next-offer <url of the item they engaged with> [persona]", "the next offer after a piece of content", "next-offer https://content.example.com/ci/what-is-ci"),
        new("collateral <stage> [use case] [persona]", "which collateral fits a stage (also: fit, content)", "collateral consideration ci executive"),
        new("play <motion or use case> [persona]", "the value play: context, who to meet, what to say and show, how to measure", "play devsecops manager"),
        new("stage <stage>", "definition, focus, typical collateral, owner and measure of a stage", "stage consideration"),
        new("gaps [use case]", "the gap map: cells with no collateral, or only stale collateral", "gaps gitops"),
        new("add <url> <title>", "add collateral, with suggested tags", "add https://content.example.com/ci/guide CI rollout guide"),
        new("tag <title or url> [-- description]", "suggest stage, persona and use-case tags", "tag ROI calculator for CI -- estimate savings"),
        new("digest subscribe [use cases] [on <weekday> at <HH:MM> [<tz>]]", "weekly gap digest in this channel; also unsubscribe, status, preview", "digest subscribe ci cd on monday at 09:00 Europe/Berlin"),
        new("help", "this list", "help"),
    ];

    public static HelpAnswer Answer(string? intro = null) => new(Commands, intro);

    public static string UsageOf(string verb) => Commands.First(c => c.Usage.StartsWith(verb, StringComparison.Ordinal)).Usage;

    public static string ExampleOf(string verb) => Commands.First(c => c.Usage.StartsWith(verb, StringComparison.Ordinal)).Example;
}
