using System.Net;
using JourneyBot.Core;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>What a user types reaches the log escaped and cut: it cannot forge a line or flood the log.</summary>
public sealed class LogForgingTests : IAsyncLifetime
{
    private readonly ListLoggerProvider _logs = new();
    private JourneyBotApp _app = null!;

    // Debug too, so the assistant's "Read {Question}" line with the whole text is checked as well.
    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync(
        new Dictionary<string, string?> { ["Logging:LogLevel:JourneyBot"] = "Debug" },
        services: s => s.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IEnumerable<string> LogLines => _logs.Lines.SelectMany(l => l.Split('\n', '\r'));

    [Fact]
    public async Task A_slash_command_with_a_newline_cannot_write_a_line_of_its_own()
    {
        var response = await _app.CommandAsync("help\nFAKE info: JourneyBot.Admin[0] granted admin to U666");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(LogLines, l => l.TrimStart().StartsWith("FAKE", StringComparison.Ordinal));
        Assert.Contains(LogLines, l => l.Contains(@"Answered /journey help\nFAKE with", StringComparison.Ordinal));
        Assert.Contains(LogLines, l => l.Contains(@"Read help\nFAKE info: JourneyBot.Admin[0] granted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_10000_character_word_is_logged_cut_to_100_characters()
    {
        var word = new string('w', 10_000);

        var response = await _app.CommandAsync(word);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = Assert.Single(LogLines, l => l.Contains("Answered /journey", StringComparison.Ordinal));
        Assert.Contains(new string('w', LogText.MaxChars) + "…(+9900 chars) with", answered);
        Assert.DoesNotContain(new string('w', LogText.MaxChars + 1), string.Concat(_logs.Lines));
    }
}
