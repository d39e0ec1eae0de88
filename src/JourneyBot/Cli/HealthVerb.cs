using System.CommandLine;

namespace JourneyBot.Cli;

/// <summary>
/// <c>health [--url http://127.0.0.1:8080/healthz]</c>: exit 0 when the running bot answers. The container's
/// HEALTHCHECK uses it, so the runtime image needs no curl.
/// </summary>
public static class HealthVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var url = new Option<string>("--url") { Description = "the health endpoint to ask", DefaultValueFactory = _ => "http://127.0.0.1:8080/healthz" };
        var command = new Command("health", "exit code 0 when the running bot answers its health endpoint, 1 otherwise") { url };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(url)!, output, error));
        return command;
    }

    private static async Task<int> RunAsync(string url, TextWriter output, TextWriter error)
    {
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
