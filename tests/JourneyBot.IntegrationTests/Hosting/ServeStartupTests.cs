using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Hosting;

/// <summary><c>journeybot serve</c> as its own process, as an operator starts it.</summary>
public sealed class ServeStartupTests
{
    [Fact]
    public async Task Serve_on_a_port_that_is_taken_says_so_in_one_line_and_exits_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("journeybot-serve-");
        try
        {
            var (exitCode, error) = await RunServeAsync(port, Path.Combine(folder.FullName, "catalog.db"));

            Assert.Equal(1, exitCode);
            var line = Assert.Single(error.Split('\n'), l => l.StartsWith("JourneyBot cannot start:", StringComparison.Ordinal));
            Assert.Contains($"127.0.0.1:{port}", line);
            Assert.Contains("address already in use", line);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("a folder")]
    [InlineData("/proc/self/catalog.db")] // a folder no one can create files in
    [InlineData("/proc/journeybot-none/catalog.db")] // a folder that cannot be created
    public async Task Serve_with_a_database_path_that_cannot_be_opened_says_so_in_one_line_and_exits_1(string database)
    {
        var folder = Directory.CreateTempSubdirectory("journeybot-serve-");
        try
        {
            var path = database == "a folder" ? folder.FullName : database;
            var (exitCode, error) = await RunServeAsync(0, path);

            Assert.Equal(1, exitCode);
            var line = Assert.Single(error.Split('\n'), l => l.StartsWith("JourneyBot cannot start:", StringComparison.Ordinal));
            Assert.Contains("catalog database", line);
            Assert.DoesNotContain("Unhandled exception", error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("serve --urls {0}")]
    [InlineData("serve --urls={0}")]
    [InlineData("--urls {0}")] // serve is the default verb
    public async Task Serve_listens_on_the_urls_given_in_either_form(string line)
    {
        using var free = new TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)free.LocalEndpoint).Port}";
        free.Stop();
        var folder = Directory.CreateTempSubdirectory("journeybot-serve-");
        var start = BotProcess.StartInfo([.. string.Format(CultureInfo.InvariantCulture, line, url).Split(' '), .. Settings(Path.Combine(folder.FullName, "catalog.db"))]);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            HttpStatusCode? status = null;
            for (var until = DateTime.UtcNow.AddSeconds(60); status is null && DateTime.UtcNow < until && !process.HasExited; await Task.Delay(200))
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(url + "/healthz"));
                    status = response.StatusCode;
                }
                catch (HttpRequestException) { /* not listening yet */ }
            }

            Assert.True(status == HttpStatusCode.OK, $"no answer on {url}/healthz:\n{(process.HasExited ? await error : "")}");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await output;
            await error;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Error)> RunServeAsync(int port, string database)
    {
        var (exit, _, error) = await BotProcess.RunAsync(["serve", $"--urls=http://127.0.0.1:{port}", .. Settings(database)]);
        return (exit, error);
    }

    private static string[] Settings(string database) =>
    [
        $"--Slack:SigningSecret={JourneyBotApp.SigningSecret}", $"--Slack:BotToken={JourneyBotApp.BotToken}",
        "--Slack:ApiBaseUrl=http://127.0.0.1:9/api/", $"--ConnectionStrings:Catalog=Data Source={database}",
    ];
}
