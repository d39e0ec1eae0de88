namespace JourneyBot.BrowserTests;

/// <summary>
/// The README's pictures (docs/map.png, docs/playground.png) of the shipped example catalog, taken when
/// JOURNEYBOT_SCREENSHOTS names the folder to write them to: <c>JOURNEYBOT_SCREENSHOTS=$PWD/docs dotnet test tests/JourneyBot.BrowserTests</c>.
/// </summary>
public sealed class ScreenshotTests
{
    public const string Variable = "JOURNEYBOT_SCREENSHOTS";

    [ScreenshotFact]
    public async Task Screenshots_of_the_map_and_the_playground_are_written()
    {
        var folder = Environment.GetEnvironmentVariable(Variable)!;
        Directory.CreateDirectory(folder);
        var site = MapSite.WithShippedCatalog();
        await site.InitializeAsync();
        try
        {
            var map = await site.OpenAsync("/map?stage=decision&persona=executive");
            await map.ScreenshotAsync(new() { Path = Path.Combine(folder, "map.png"), FullPage = true });

            var playground = await site.OpenAsync("/map/playground");
            await playground.FillAsync("#q", "next-offer ci inquiry");
            await playground.ClickAsync("form.playground button[type=submit]");
            await playground.Locator("#answer .slack-message").WaitForAsync();
            await playground.ScreenshotAsync(new() { Path = Path.Combine(folder, "playground.png"), FullPage = true });
        }
        finally
        {
            await site.DisposeAsync();
        }
        Assert.True(new FileInfo(Path.Combine(folder, "map.png")).Length > 0);
        Assert.True(new FileInfo(Path.Combine(folder, "playground.png")).Length > 0);
    }
}

/// <summary>Runs only when asked for pictures (and Chromium is there): not part of a normal test run.</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ScreenshotTests.Variable)))
            Skip = $"Screenshots are taken when {ScreenshotTests.Variable} names a folder (e.g. docs).";
        else if (ChromiumFactAttribute.Executable() is null)
            Skip = "Screenshots need Chromium.";
    }
}
