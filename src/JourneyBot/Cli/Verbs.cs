using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace JourneyBot.Cli;

/// <summary>
/// The verbs (System.CommandLine): <c>--help</c> on each, typed options, and anything unknown refused with exit
/// code 2 before a host is built. Configuration overrides were taken out beforehand (<see cref="CommandLine"/>).
/// </summary>
public static class Verbs
{
    private const string Overview = "JourneyBot, the buyer-journey bot for Slack. Without a verb it serves. Configuration "
        + "overrides work on every verb: --Section:Key=Value or --Section:Key Value (e.g. --ConnectionStrings:Catalog=\"Data Source=x.db\").";

    // '@file' is a question's word (an @mention), not a response file to expand.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Runs a verb against services built elsewhere (tests).</summary>
    public static Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(line, new BotHost(services), output, error, cancellationToken);

    public static async Task<int> RunAsync(CommandLine line, BotHost host, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (line.Problem is not null) return await RefuseAsync([line.Problem], verb: "", error);
        var result = Root(host, output, error).Parse(line.Arguments, Parsing);
        if (result.Action is ParseErrorAction) return await RefuseAsync(result.Errors.Select(e => e.Message), VerbOf(result), error);
        try
        {
            return await result.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false, // a crash is a crash, with its stack trace, as before
                ProcessTerminationTimeout = null, // SIGTERM belongs to the host's graceful shutdown, not to the parser
            }, cancellationToken);
        }
        catch (UsageException e)
        {
            return await RefuseAsync([e.Message], VerbOf(result), error);
        }
    }

    private static RootCommand Root(BotHost host, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(Overview);
        ServeVerb.AddTo(root, host, error);
        root.Add(ServeVerb.Create(host, error));
        root.Add(AskVerb.Create(host, output));
        root.Add(CatalogVerbs.Create(host, output, error));
        root.Add(DigestVerb.Create(host, output, error));
        root.Add(TagsVerb.Create(host, output));
        root.Add(ManifestVerb.Create(output));
        root.Add(HealthVerb.Create(output, error));
        var help = new Command("help", "the verbs and their options") { Hidden = true }; // 'JourneyBot help', as before
        help.SetAction(_ => root.Parse(["--help"], Parsing).Invoke(new InvocationConfiguration { Output = output, Error = error }));
        root.Add(help);
        return root;
    }

    private static async Task<int> RefuseAsync(IEnumerable<string> problems, string verb, TextWriter error)
    {
        foreach (var problem in problems) await error.WriteLineAsync(problem);
        await error.WriteLineAsync($"usage: JourneyBot {(verb.Length == 0 ? "[verb] " : verb)}[options] (JourneyBot {verb}--help lists them)");
        return 2;
    }

    /// <summary>
    /// Refuses a word that looks like an option: System.CommandLine hands an unknown option to a command's free
    /// argument (the words of <c>ask</c>, the file of <c>catalog import</c>) instead of refusing it.
    /// </summary>
    internal static void RefuseUnknownOptions(Argument argument) => argument.Validators.Add(result =>
    {
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            result.AddError($"Unrecognized command or argument '{token.Value}'.");
    });

    /// <summary>"catalog import " for a parse inside that verb; "" at the top.</summary>
    private static string VerbOf(ParseResult result)
    {
        var names = new List<string>();
        for (var command = result.CommandResult; command.Parent is CommandResult parent; command = parent) names.Insert(0, command.Command.Name + " ");
        return string.Concat(names);
    }
}
