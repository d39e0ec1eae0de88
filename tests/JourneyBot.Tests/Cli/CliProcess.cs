using System.Diagnostics;

namespace JourneyBot.Tests.Cli;

/// <summary>Runs the real JourneyBot process (the build next to the tests) with <c>dotnet</c>, in a folder of its own.</summary>
internal static class CliProcess
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string folder, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JourneyBot.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true); // a verb that hangs (a server started by mistake) fails the test, not the run
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
