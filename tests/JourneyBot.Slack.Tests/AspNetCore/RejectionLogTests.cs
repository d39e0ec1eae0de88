using System.Net;
using JourneyBot.Slack.Signing;
using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Slack.Tests.AspNetCore;

/// <summary>Refused requests are logged, but a flood of them cannot flood the log.</summary>
public sealed class RejectionLogTests : IAsyncLifetime
{
    private readonly ListLoggerProvider _logs = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SlackTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackTestHost.Start(s => s
        .AddSingleton<ILoggerProvider>(_logs)
        .AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private List<string> Refusals => _logs.Lines.Where(l => l.Contains("Refused Slack request", StringComparison.Ordinal)).ToList();

    private async Task PostForgedAsync()
    {
        var request = SlackTestHost.Request("/slack/commands", SlackBodies.SlashCommand(), "application/x-www-form-urlencoded");
        request.Headers.Add(SlackRequestSigner.TimestampHeader, SlackTestHost.Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, "v0=" + new string('0', 64));
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Fifty_bad_signatures_from_one_source_give_one_warning_then_a_count_after_the_minute()
    {
        for (var i = 0; i < 50; i++) await PostForgedAsync();

        var first = Assert.Single(Refusals);
        Assert.Contains("from 127.0.0.1: signature does not match", first);

        _clock.Advance(TimeSpan.FromSeconds(61));
        await PostForgedAsync();

        Assert.Equal(2, Refusals.Count);
        Assert.Contains("49 more from this source since the last warning were not logged", Refusals[1]);
    }

    [Fact]
    public void Within_the_minute_a_second_source_still_gets_its_own_warning()
    {
        var limiter = new JourneyBot.Slack.AspNetCore.RejectionLogLimiter(_clock);

        Assert.True(limiter.ShouldLog("10.0.0.1", out _));
        Assert.False(limiter.ShouldLog("10.0.0.1", out _));
        Assert.True(limiter.ShouldLog("10.0.0.2", out var suppressed));
        Assert.Equal(0, suppressed);
    }
}
