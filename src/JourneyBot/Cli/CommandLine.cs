namespace JourneyBot.Cli;

/// <summary>
/// The verb and its arguments. Configuration overrides use the <c>--Key=Value</c> form (with '=') and go to
/// ASP.NET configuration; everything else (<c>--json</c>, <c>-o file</c>, <c>--user U</c>) belongs to the verb.
/// </summary>
public sealed class CommandLine
{
    private readonly List<string> _args;

    private CommandLine(string verb, List<string> args, string[] configuration)
    {
        Verb = verb;
        _args = args;
        Configuration = configuration;
    }

    public string Verb { get; }
    public string[] Configuration { get; }
    public bool IsServe => Verb == "serve";

    public static CommandLine Parse(string[] args)
    {
        var configuration = args.Where(IsConfiguration).ToArray();
        var rest = args.Where(a => !IsConfiguration(a)).ToList();
        var verb = rest.Count == 0 ? "serve" : rest[0].ToLowerInvariant();
        return new CommandLine(verb, rest.Skip(1).ToList(), configuration);
    }

    private static bool IsConfiguration(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    /// <summary>True and removed when the flag is present.</summary>
    public bool Flag(params string[] names)
    {
        var at = _args.FindIndex(a => names.Contains(a, StringComparer.OrdinalIgnoreCase));
        if (at < 0) return false;
        _args.RemoveAt(at);
        return true;
    }

    /// <summary>The value after the option, removed with it; null when absent. Throws when the value is missing.</summary>
    public string? Option(params string[] names)
    {
        var at = _args.FindIndex(a => names.Contains(a, StringComparer.OrdinalIgnoreCase));
        if (at < 0) return null;
        if (at + 1 >= _args.Count || _args[at + 1].StartsWith("--", StringComparison.Ordinal))
            throw new UsageException($"{_args[at]} needs a value");
        var value = _args[at + 1];
        _args.RemoveRange(at, 2);
        return value;
    }

    /// <summary>The remaining words, in order; call after reading flags and options.</summary>
    public IReadOnlyList<string> Positional => _args;

    /// <summary>Fails on anything left that looks like an option the verb does not know.</summary>
    public void RejectUnknownOptions()
    {
        var unknown = _args.FirstOrDefault(a => a.StartsWith('-') && a.Length > 1);
        if (unknown is not null) throw new UsageException($"unknown option {unknown}");
    }
}

/// <summary>Wrong use of a verb: printed with the verb's usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
