using JourneyBot.Core.Catalog;

namespace JourneyBot.Cli;

/// <summary>Runs a verb other than <c>serve</c> against the app's services, without starting the web host.</summary>
public static class Verbs
{
    public static readonly string Usage = string.Join("\n  ", new[]
    {
        "usage: JourneyBot [verb] [--Key=Value ...]",
        "serve (the default)",
        AskVerb.Usage,
        CatalogVerbs.Usage,
        TagsVerb.Usage,
        DigestVerb.Usage,
        ManifestVerb.Usage,
        HealthVerb.Usage,
    });

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (line.Verb is "help" or "--help" or "-h")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            if (line.Verb == "manifest") return await ManifestVerb.RunAsync(line, output);
            if (line.Verb == "health") return await HealthVerb.RunAsync(line, output, error);
            await services.GetRequiredService<CatalogDatabase>().PrepareAsync(cancellationToken);
            return line.Verb switch
            {
                "ask" => await AskVerb.RunAsync(line, services, output, cancellationToken),
                "catalog" => await CatalogVerbs.RunAsync(line, services, output, error, cancellationToken),
                "tags" => await TagsVerb.RunAsync(line, services, output, cancellationToken),
                "digest" => await DigestVerb.RunAsync(line, services, output, error, cancellationToken),
                _ => throw new UsageException($"unknown verb '{line.Verb}'"),
            };
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"{e.Message}\n{Usage}");
            return 2;
        }
    }
}
