using System.CommandLine;
using JourneyBot.Chat;

namespace JourneyBot.Cli;

/// <summary><c>manifest [--url https://public.example]</c>: HTTP mode with a URL, Socket Mode without.</summary>
public static class ManifestVerb
{
    public static Command Create(TextWriter output)
    {
        var url = new Option<Uri>("--url")
        {
            Description = "the app's public https URL: Slack calls it (HTTP mode); without it, Socket Mode",
            CustomParser = result => Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                ? uri
                : Refuse(result, $"--url must be the app's public https URL (Slack only calls https), not '{result.Tokens[0].Value}'"),
        };
        var command = new Command("manifest", "prints the Slack app manifest for this bot") { url };
        command.SetAction(async (parse, _) =>
        {
            await output.WriteAsync(AppManifest.Yaml(parse.GetValue(url)));
            return 0;
        });
        return command;
    }

    private static Uri? Refuse(System.CommandLine.Parsing.ArgumentResult result, string problem)
    {
        result.AddError(problem);
        return null;
    }
}
