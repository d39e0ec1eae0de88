namespace JourneyBot.Tests.Cli;

/// <summary><c>catalog retire</c> and <c>catalog restore</c> over the real process, seen through the terminal <c>ask</c> and <c>export</c>.</summary>
public sealed class CatalogRetireCliTests : IDisposable
{
    private const string Url = "https://x.example/cli-retire";
    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-retire-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        BotProcess.RunAsync([.. args, $"--ConnectionStrings:Catalog=Data Source={Path.Combine(_folder, "cli.db")}"], _folder);

    private async Task AddAsync()
    {
        var added = await RunAsync("ask", $"add {Url} Retirement drill stage:consideration persona:every-persona use-case:ci");
        Assert.Equal(0, added.Exit);
    }

    [Fact]
    public async Task A_retired_item_leaves_the_terminal_answers_and_the_export_keeps_it_with_its_date()
    {
        await AddAsync();

        var retired = await RunAsync("catalog", "retire", Url + "?utm_source=mail");
        var listed = await RunAsync("ask", "collateral consideration ci");
        var fromIt = await RunAsync("ask", $"next-offer {Url}");
        var exported = await RunAsync("catalog", "export");

        Assert.Equal(0, retired.Exit);
        Assert.Contains("Retirement drill (https://x.example/cli-retire) retired on ", retired.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Url, listed.Out, StringComparison.Ordinal);
        Assert.Equal(1, fromIt.Exit);
        Assert.Contains("Retirement drill was retired on ", fromIt.Out, StringComparison.Ordinal);
        var row = Assert.Single(exported.Out.Split('\n'), l => l.Contains(Url, StringComparison.Ordinal));
        Assert.Matches(",[0-9]{4}-[0-9]{2}-[0-9]{2}\r?$", row);
    }

    [Fact]
    public async Task A_restored_item_is_offered_again_at_the_terminal()
    {
        await AddAsync();
        Assert.Equal(0, (await RunAsync("catalog", "retire", Url)).Exit);

        var restored = await RunAsync("catalog", "restore", "http://www.x.example/cli-retire");
        var listed = await RunAsync("ask", "collateral consideration ci");

        Assert.Equal(0, restored.Exit);
        Assert.Contains("is offered again", restored.Out, StringComparison.Ordinal);
        Assert.Contains(Url, listed.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retire")]
    [InlineData("restore")]
    public async Task An_unknown_url_is_refused_with_exit_1_and_changes_nothing(string verb)
    {
        var (exit, _, err) = await RunAsync("catalog", verb, "https://nowhere.example/x");

        Assert.Equal(1, exit);
        Assert.Contains("https://nowhere.example/x: no item in the catalog has this URL. Nothing changed.", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_help_lists_retire_and_restore()
    {
        var (exit, output, _) = await RunAsync("catalog", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("retire <url>", output, StringComparison.Ordinal);
        Assert.Contains("restore <url>", output, StringComparison.Ordinal);
    }
}
