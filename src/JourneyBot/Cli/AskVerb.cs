using System.CommandLine;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack;

namespace JourneyBot.Cli;

/// <summary><c>ask "&lt;text&gt;" [--json] [--user U] [--channel C]</c>: <c>/journey &lt;text&gt;</c> without Slack.</summary>
public static class AskVerb
{
    public static Command Create(BotHost host, TextWriter output)
    {
        var text = new Argument<string[]>("text") { Description = "what follows /journey, e.g. \"next-offer ci inquiry\"", Arity = ArgumentArity.ZeroOrMore };
        Verbs.RefuseUnknownOptions(text);
        var json = new Option<bool>("--json") { Description = "print exactly the Slack message payload (response_type, text, blocks)" };
        var user = new Option<string>("--user") { Description = "the Slack user ID to ask as", DefaultValueFactory = _ => "cli" };
        var channel = new Option<string>("--channel") { Description = "the Slack channel ID to ask in" };
        var command = new Command("ask", "runs /journey <text> through the handler Slack uses, without Slack; exit code 1 when not understood")
        {
            text, json, user, channel,
        };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(
            WithoutMention(string.Join(' ', parse.GetValue(text) ?? [])), parse.GetValue(json), parse.GetValue(user)!, parse.GetValue(channel),
            await host.CatalogServicesAsync(cancellationToken), output, cancellationToken));
        return command;
    }

    /// <summary>
    /// Drops a leading <c>@JourneyBot</c> (any case, then an optional ':' or ','), as Slack's mention is dropped from a
    /// mention's text, so a question copied from a channel reads the same here.
    /// </summary>
    public static string WithoutMention(string text)
    {
        var trimmed = text.TrimStart();
        const string Mention = "@JourneyBot";
        if (!trimmed.StartsWith(Mention, StringComparison.OrdinalIgnoreCase)) return text;
        var rest = trimmed[Mention.Length..];
        if (rest.Length > 0 && rest[0] is ':' or ',') return rest[1..].Trim();
        // "@JourneyBotty" is not the mention: only the whole name is.
        return rest.Length == 0 || char.IsWhiteSpace(rest[0]) ? rest.Trim() : text;
    }

    private static async Task<int> RunAsync(string text, bool json, string user, string? channel, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var assistant = scope.ServiceProvider.GetRequiredService<JourneyAssistant>();
        var answer = await assistant.AskAsync(text, new AskContext(user, channel, Terminal: true), cancellationToken: cancellationToken);
        await scope.ServiceProvider.GetRequiredService<QueryLog>().FlushAsync(cancellationToken); // no background writer in a verb
        var message = AnswerMessages.Build(answer);
        await output.WriteLineAsync(json ? SlackJson.Serialize(message) : TerminalText.Render(message));
        return answer is NotUnderstoodAnswer or NeedMoreAnswer ? 1 : 0;
    }
}
