namespace JourneyBot.BrowserTests;

/// <summary>
/// A test that needs a Chromium: the one named by JOURNEYBOT_CHROMIUM, else Debian's (<c>/usr/bin/chromium</c>, which
/// <c>.ci/run</c> installs when missing). Playwright never downloads one; without it the test is skipped with this notice.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Variable = "JOURNEYBOT_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (Executable() is null)
            Skip = $"Browser tests need Chromium: apt-get install -y --no-install-recommends chromium, or set {Variable} to its executable.";
    }

    public static string? Executable()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }
}
