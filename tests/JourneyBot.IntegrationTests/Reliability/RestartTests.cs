using System.Net;
using JourneyBot.IntegrationTests.TestSupport;

namespace JourneyBot.IntegrationTests.Reliability;

/// <summary>
/// <c>serve</c> stopped (a deploy: SIGTERM) or killed (a crash) between acknowledging a mention and answering it,
/// with Slack hanging on the answer: the next start answers it.
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private const string EventId = "EvRestart1";
    private readonly string _folder = Directory.CreateTempSubdirectory("journeybot-restart-").FullName;
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.Start();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    private Dictionary<string, string?> Settings(int leaseSeconds = 120) => new()
    {
        ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(_folder, "catalog.db")}",
        ["Slack:Inbox:ClaimLeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Slack:Inbox:PollSeconds"] = "1",
    };

    private const string Mention =
        """{"type":"event_callback","team_id":"T1","event_id":"EvRestart1","event":{"type":"app_mention","user":"U1","text":"<@UBOT> stage awareness","ts":"1700000000.000100","channel":"C9"}}""";

    private int Answers() => _slack.CallsTo("chat.postMessage").Count(c => c.Json.GetProperty("channel").GetString() == "C9");

    /// <summary>Starts serve, acknowledges the mention, and waits until its answer hangs in the fake Slack.</summary>
    private async Task<ServeProcess> AcknowledgeWithSlackHangingAsync(Dictionary<string, string?> settings)
    {
        _slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":true,"ts":"1.2"}""", Delay: TimeSpan.FromMinutes(5)));
        var serve = SlackServe.Start(_slack, settings);
        Assert.True(await serve.WaitReadyAsync(TimeSpan.FromSeconds(60)), "serve never became ready:\n" + serve.Output);
        using var acknowledged = await serve.PostSignedAsync("/slack/events", Mention, "application/json");
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var until = DateTime.UtcNow.AddSeconds(20);
        while (Answers() == 0 && DateTime.UtcNow < until) await Task.Delay(50);
        Assert.Equal(1, Answers()); // the answer is on its way and stuck
        return serve;
    }

    private async Task AssertAnsweredAfterRestartAsync(Dictionary<string, string?> settings)
    {
        await using var next = SlackServe.Start(_slack, settings);
        Assert.True(await next.WaitReadyAsync(TimeSpan.FromSeconds(60)), "serve never became ready after the restart:\n" + next.Output);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Answers() < 2 && DateTime.UtcNow < until) await Task.Delay(100);
        await Task.Delay(1500); // room for a wrong, second answer
        Assert.True(Answers() == 2, $"expected the stuck answer and one answer after the restart, got {Answers()}:\n{next.Output}");
        Assert.Contains(EventId, next.Output); // its log says it took the kept event up
    }

    [Fact]
    public async Task A_mention_acknowledged_before_a_stop_is_answered_after_the_next_start_and_the_stop_takes_at_most_10_s()
    {
        var settings = Settings();
        TimeSpan stopped;
        await using (var serve = await AcknowledgeWithSlackHangingAsync(settings))
            stopped = await serve.StopAsync(TimeSpan.FromSeconds(30));

        Assert.True(stopped <= TimeSpan.FromSeconds(10.5), $"stopping took {stopped.TotalSeconds:F1} s with a Slack call stuck");
        await AssertAnsweredAfterRestartAsync(settings);
    }

    [Fact]
    public async Task A_mention_acknowledged_before_a_crash_is_answered_once_its_claim_lapses()
    {
        var settings = Settings(leaseSeconds: 10); // the first run's handling budget (half the lease) outlasts the kill
        await using (var serve = await AcknowledgeWithSlackHangingAsync(settings))
            await serve.KillAsync();

        await AssertAnsweredAfterRestartAsync(settings);
    }
}
