namespace JourneyBot.Cli;

/// <summary>
/// The command line split in two. Configuration overrides go to ASP.NET configuration, on every verb: an option
/// whose name is a configuration key, that is, holds a ':' (<c>--Slack:BotToken=xoxb-1</c> or
/// <c>--Slack:BotToken xoxb-1</c>), starts with a capital letter as the keys do (<c>--Logging=...</c>; the verbs'
/// own options are lower case), or is one of the host's keys (<c>--environment</c>, <c>--contentRoot</c>,
/// <c>--applicationName</c>, which WebApplicationFactory passes too, with bare sections such as <c>--Slack=</c>).
/// Everything else is the verb and its options, which System.CommandLine parses and refuses when unknown.
/// After <c>--</c> nothing is an override.
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Arguments, string[] Configuration, string? Problem)
{
    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var arguments = new List<string>();
        var configuration = new List<string>();
        string? problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                arguments.AddRange(args.Skip(i));
                break;
            }
            if (!IsOverride(arg)) arguments.Add(arg);
            else if (arg.Contains('=', StringComparison.Ordinal)) configuration.Add(arg);
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) configuration.Add($"{arg}={args[++i]}");
            else problem ??= $"{arg} needs a value: {arg}=VALUE or {arg} VALUE";
        }
        return new CommandLine(arguments, [.. configuration], problem);
    }

    private static bool IsOverride(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal)) return false;
        var name = arg[2..].Split('=', 2)[0];
        return name.Contains(':', StringComparison.Ordinal) || (name.Length > 0 && char.IsUpper(name[0]))
            || HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>Wrong use of a verb found while running it: printed with the verb's usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
