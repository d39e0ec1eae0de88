namespace JourneyBot.Tests.Cli;

/// <summary>The command line itself, over the real process: help, refusals with exit code 2, configuration overrides.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-cl-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    private string Catalog => $"--ConnectionStrings:Catalog=Data Source={Path.Combine(_folder, "cli.db")}";

    [Theory]
    [InlineData("serve", "--urls")]
    [InlineData("ask", "--json --user --channel")]
    [InlineData("catalog import", "--replace --create-use-cases")]
    [InlineData("catalog export", "--format -o --output")]
    [InlineData("digest preview", "--use-case --json --image")]
    [InlineData("tags suggest", "--title --description --url --json")]
    [InlineData("manifest", "--url")]
    [InlineData("health", "--url")]
    public async Task Help_on_a_verb_exits_0_and_names_its_options(string verb, string options)
    {
        var (exit, output, _) = await BotProcess.RunAsync([.. verb.Split(' '), "--help"], _folder);

        Assert.Equal(0, exit);
        foreach (var option in options.Split(' ')) Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_without_a_verb_lists_every_verb()
    {
        var (exit, output, _) = await BotProcess.RunAsync(["--help"], _folder);

        Assert.Equal(0, exit);
        foreach (var verb in new[] { "serve", "ask", "catalog", "digest", "tags", "manifest", "health" })
            Assert.Contains(verb, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve --bogus")]
    [InlineData("--bogus")]
    [InlineData("ask next-offer --bogus")]
    [InlineData("catalog export --bogus")]
    [InlineData("manifest --bogus")]
    public async Task An_unknown_option_is_refused_with_exit_2_naming_it(string line)
    {
        var (exit, _, err) = await BotProcess.RunAsync([.. line.Split(' '), Catalog], _folder);

        Assert.Equal(2, exit);
        Assert.Contains("'--bogus'", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_without_its_required_part_is_refused_with_exit_2()
    {
        var (exit, _, err) = await BotProcess.RunAsync(["tags", "suggest", Catalog], _folder);

        Assert.Equal(2, exit);
        Assert.Contains("--title", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_configuration_override_reaches_configuration_in_either_form(bool equalsForm)
    {
        var database = Path.Combine(_folder, "override.db");
        string[] overrides = equalsForm
            ? [$"--ConnectionStrings:Catalog=Data Source={database}"]
            : ["--ConnectionStrings:Catalog", $"Data Source={database}"];

        var (exit, _, err) = await BotProcess.RunAsync(["ask", "next-offer", "ci", "inquiry", .. overrides], _folder);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(database), err);
    }

    [Fact]
    public async Task A_configuration_override_without_a_value_is_refused_with_exit_2()
    {
        var (exit, _, err) = await BotProcess.RunAsync(["ask", "gaps", "--Slack:BotToken"], _folder);

        Assert.Equal(2, exit);
        Assert.Contains("--Slack:BotToken needs a value", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shell_completion_suggests_the_verbs_that_start_with_the_word()
    {
        var (exit, output, _) = await BotProcess.RunAsync(["[suggest:3]", "cat"], _folder);

        Assert.Equal(0, exit);
        Assert.Equal(["catalog"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
