using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack;

namespace JourneyBot.Cli;

/// <summary><c>ask "&lt;text&gt;" [--json] [--user U] [--channel C]</c>: <c>/journey &lt;text&gt;</c> without Slack.</summary>
public static class AskVerb
{
    public const string Usage = "ask \"<text>\" [--json] [--user U] [--channel C]";

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var json = line.Flag("--json");
        var user = line.Option("--user");
        var channel = line.Option("--channel");
        line.RejectUnknownOptions();
        var text = string.Join(' ', line.Positional);

        await using var scope = services.CreateAsyncScope();
        var assistant = scope.ServiceProvider.GetRequiredService<JourneyAssistant>();
        var answer = await assistant.AskAsync(text, new AskContext(user ?? "cli", channel, Terminal: true), cancellationToken: cancellationToken);
        await scope.ServiceProvider.GetRequiredService<QueryLog>().FlushAsync(cancellationToken); // no background writer in a verb
        var message = AnswerMessages.Build(answer);
        await output.WriteLineAsync(json ? SlackJson.Serialize(message) : TerminalText.Render(message));
        return answer is NotUnderstoodAnswer or NeedMoreAnswer ? 1 : 0;
    }
}
