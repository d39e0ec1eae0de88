namespace JourneyBot.Cli;

/// <summary>
/// <c>health [--url http://127.0.0.1:8080/healthz]</c>: exit 0 when the running bot answers. The container's
/// HEALTHCHECK uses it, so the runtime image needs no curl.
/// </summary>
public static class HealthVerb
{
    public const string Usage = "health [--url http://127.0.0.1:8080/healthz]";

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var url = line.Option("--url") ?? "http://127.0.0.1:8080/healthz";
        line.RejectUnknownOptions();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await error.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
