using JourneyBot.Cli;

// Configuration overrides (--Section:Key=Value) go to ASP.NET configuration; the verb and its options to System.CommandLine.
var line = CommandLine.Parse(args);

// The web application is built only if the verb needs it, and once: --help, manifest and health never build it.
await using var host = new BotHost(line.Configuration);
return await Verbs.RunAsync(line, host, Console.Out, Console.Error, CancellationToken.None);

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
