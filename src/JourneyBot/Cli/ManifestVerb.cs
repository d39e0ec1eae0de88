using JourneyBot.Chat;

namespace JourneyBot.Cli;

/// <summary><c>manifest [--url https://public.example]</c>: HTTP mode with a URL, Socket Mode without.</summary>
public static class ManifestVerb
{
    public const string Usage = "manifest [--url https://public.example]";

    public static async Task<int> RunAsync(CommandLine line, TextWriter output)
    {
        var url = line.Option("--url");
        line.RejectUnknownOptions();
        Uri? publicUrl = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out publicUrl) || publicUrl.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"--url must be the app's public https URL (Slack only calls https), not '{url}'");
        await output.WriteAsync(AppManifest.Yaml(publicUrl));
        return 0;
    }
}
