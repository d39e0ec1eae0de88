using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JourneyBot.TestSupport;

/// <summary>
/// <c>JourneyBot serve</c> as its own process on a loopback port, as an operator runs it: real sockets, the real
/// runtime settings, signals for shutdown. For faults the in-memory test server cannot show.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }
    public HttpClient Client { get; }
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the process printed so far (stdout and stderr), for assertion messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts <c>serve</c> on a free loopback port with <paramref name="settings"/> as <c>--Key=Value</c>.</summary>
    public static ServeProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = BotProcess.StartInfo(["serve", $"--urls={baseUrl.AbsoluteUri.TrimEnd('/')}", .. settings.Select(kv => $"--{kv.Key}={kv.Value}")]);

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var serve = new ServeProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200; false when the time runs out or the process ends.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !_process.HasExited)
        {
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                using var response = await Client.GetAsync("/readyz", probe.Token);
                if (response.StatusCode == HttpStatusCode.OK) return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or hung: keep polling until the deadline.
            }
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>Sends SIGTERM (what <c>docker stop</c> sends) and waits for the process to exit.</summary>
    /// <returns>How long the shutdown took.</returns>
    public async Task<TimeSpan> StopAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        if (_process.HasExited) return TimeSpan.Zero;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill!.WaitForExitAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"serve did not stop within {timeout.TotalSeconds} s after SIGTERM:\n{Output}");
        }
        return watch.Elapsed;
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }
}
