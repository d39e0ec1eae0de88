using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Slack.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>
/// Thousands of mutated, correctly signed bodies per Slack endpoint, through the real pipeline: each gets a 2xx or
/// a 4xx, never a 5xx; nothing logs an error (a malformed body is the sender's problem, not ours); afterwards the
/// bot still answers. The seed is fixed so a failure replays; set JOURNEYBOT_FUZZ_SEED to explore other runs.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int CasesPerEndpoint = 10_000;
    private const int BatchSize = 500;
    private const string FormType = "application/x-www-form-urlencoded";

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("JOURNEYBOT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261129;

    private readonly ListLoggerProvider _logs = new();
    private JourneyBotApp _app = null!;
    private int _drains;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync(
        new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" }, // only errors are checked; the rest is noise here
        services: s => s.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private string Hook(string name) => new Uri(_app.Slack.BaseUrl, "/hooks/" + name).AbsoluteUri;

    [Fact]
    public async Task Slash_command_endpoint_answers_mutated_bodies_with_2xx_or_4xx_and_stays_healthy()
    {
        string[] seeds =
        [
            .. new[] { "help", "next-offer ci inquiry", "collateral decision ci", "add https://x.example/fuzz Fuzz guide", "" }
                .Select(text => JourneyBotApp.CommandForm(text, responseUrl: Hook("commands"))),
        ];

        await FuzzAsync("/slack/commands", FormType, 1, queuesWork: false, (m, i) => m.MutateForm(seeds[i % seeds.Length]));
    }

    [Fact]
    public async Task Event_endpoint_answers_mutated_bodies_with_2xx_or_4xx_and_stays_healthy()
    {
        string Callback(int i, object evt) => JsonSerializer.Serialize(new
        {
            token = "legacy", type = "event_callback", team_id = "T1", api_app_id = "A1", event_id = $"EvFuzz{i}", event_time = 1700000000,
            authorizations = new[] { new { user_id = "UBOT", is_bot = true } }, @event = evt,
        });
        var seeds = new Func<int, string>[]
        {
            _ => """{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""",
            i => Callback(i, new { type = "app_mention", user = "U123", text = "<@UBOT> next-offer ci inquiry", ts = "1700000000.000100", channel = "C9", event_ts = "1700000000.000100" }),
            i => Callback(i, new { type = "message", channel_type = "im", channel = "D1", user = "U123", text = "collateral decision ci", ts = "1700000001.000100" }),
            i => Callback(i, new { type = "app_home_opened", user = "U123", channel = "D1", tab = "home" }),
            _ => """{"token":"legacy","type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820,"api_app_id":"A1"}""",
        };

        // Each case has its own event_id, so the handlers really run on what survives parsing instead of skipping repeats.
        await FuzzAsync("/slack/events", "application/json", 2, queuesWork: true, (m, i) => m.MutateJson(seeds[i % seeds.Length](i)));
    }

    [Fact]
    public async Task Interaction_endpoint_answers_mutated_bodies_with_2xx_or_4xx_and_stays_healthy()
    {
        var more = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = "U123", username = "pat", team_id = "T1" }, team = new { id = "T1" }, channel = new { id = "C123" },
            container = new { type = "message", message_ts = "1700000000.000200", channel_id = "C123" }, trigger_id = "1.2.3", response_url = Hook("more"),
            actions = new[] { new { action_id = "journey_more", block_id = "b", type = "button", value = """{"Q":"next-offer ci inquiry","O":5}""", action_ts = "1" } },
        });
        var submit = JsonSerializer.Serialize(new
        {
            type = "view_submission", user = new { id = "U123" }, team = new { id = "T1" }, trigger_id = "1.2.4",
            view = new
            {
                id = "V1", callback_id = "add_collateral", private_metadata = """{"Channel":"C123"}""", hash = "h1",
                state = new
                {
                    values = new Dictionary<string, object>
                    {
                        ["title"] = new { value = new { type = "plain_text_input", value = "Fuzz guide" } },
                        ["url"] = new { value = new { type = "plain_text_input", value = "https://x.example/fuzz" } },
                        ["stages"] = new { value = new { type = "multi_static_select", selected_options = new[] { new { value = "decision" } } } },
                        ["use_cases"] = new { value = new { type = "multi_static_select", selected_options = new[] { new { value = "ci" } } } },
                    },
                },
            },
        });
        string[] seeds =
        [
            more, submit,
            """{"type":"shortcut","user":{"id":"U123"},"team":{"id":"T1"},"callback_id":"s","trigger_id":"tr"}""",
            """{"type":"view_closed","user":{"id":"U123"},"team":{"id":"T1"},"view":{"id":"V1","callback_id":"add_collateral"}}""",
        ];

        await FuzzAsync("/slack/interactions", FormType, 3, queuesWork: true, (m, i) => m.MutateInteraction(seeds[i % seeds.Length]));
    }

    /// <summary>Posts every case (a few at once), then checks the verdicts, the error log and that the bot still answers.</summary>
    private async Task FuzzAsync(string path, string contentType, int stream, bool queuesWork, Func<BodyMutator, int, MutatedBody> make)
    {
        var mutator = new BodyMutator(new Random(unchecked(Seed * 31 + stream)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cases = Enumerable.Range(0, CasesPerEndpoint).Select(i => make(mutator, i)).ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        // In batches well under the background queue's capacity (1,000), each drained before the next: a full queue
        // answers 503 on purpose (Slack retries), and this test is about bad input, not load.
        foreach (var batch in Enumerable.Range(0, cases.Count).Chunk(BatchSize))
        {
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            {
                var (status, verdict) = await PostAsync(path, contentType, cases[i].Body);
                // 503 is the bot's "not now" (its work queue or event inbox is busy on a loaded machine), and Slack
                // answers it by sending the delivery again: so does this test, and only the retry's answer counts.
                for (var retry = 1; status == 503 && retry <= 3; retry++)
                {
                    await Task.Delay(500 * retry);
                    (status, verdict) = await PostAsync(path, contentType, cases[i].Body);
                }
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (verdict is not null)
                    failures.Add($"case {i} ({cases[i].Mutation}): {verdict}\n  body: {Show(cases[i].Body)}");
            });
            if (queuesWork)
                await DrainBackgroundWorkAsync();
        }

        // The mix shows the cases reach past the parsers (2xx) as well as being refused by them (400).
        output.WriteLine($"seed {Seed}: {cases.Count} bodies to {path} in {clock.Elapsed.TotalSeconds:F1} s; "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"HTTP {s.Key}: {s.Value}")));
        Assert.True(failures.IsEmpty,
            $"seed {Seed} ({path}): {failures.Count} of {cases.Count} bodies were not answered 2xx/4xx; replay with JOURNEYBOT_FUZZ_SEED={Seed}\n"
            + string.Join('\n', failures.OrderBy(f => int.Parse(f.Split(' ')[1], CultureInfo.InvariantCulture)).Take(5)));
        await AssertStillHealthyAsync(path);
    }

    /// <summary>
    /// The background queue is first in, first out: once a mention sent now is answered, the work queued before it has
    /// been taken up. The mention's channel marks its answer apart from the fuzz cases' answers.
    /// </summary>
    private async Task DrainBackgroundWorkAsync()
    {
        var channel = "CDRAIN" + _drains++;
        var response = await _app.EventAsync(JsonSerializer.Serialize(new
        {
            type = "event_callback", team_id = "T1", event_id = "Ev" + channel,
            @event = new { type = "app_mention", user = "U123", text = "<@UBOT> help", ts = "1700000009.000100", channel },
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.WaitForAsync(() => _app.Slack.CallsTo("chat.postMessage").Any(c => c.Body.Contains(channel, StringComparison.Ordinal)), 30_000);
    }

    /// <summary>The status (0 when the request threw) and, unless it is an acceptable one, what went wrong.</summary>
    private async Task<(int Status, string? Verdict)> PostAsync(string path, string contentType, byte[] body)
    {
        var ts = JourneyBotApp.Now;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackRequestSigner.TimestampHeader, ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, SlackRequestSigner.Sign(JourneyBotApp.SigningSecret, ts, body));
        try
        {
            using var response = await _app.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            // A 401 would mean the signing (not the body) was refused: the case never reached a parser.
            return status is >= 200 and < 500 && status != 401
                ? (status, null)
                : (status, $"HTTP {status}: {Truncate(await response.Content.ReadAsStringAsync(), 300)}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (0, "the request threw " + Truncate(ex.ToString(), 1500));
        }
    }

    /// <summary>Nothing was logged as an error; /healthz and a real command still answer.</summary>
    private async Task AssertStillHealthyAsync(string path)
    {
        // A repeated event_id (mutations make many) is an ordinary retry: it must not log an error either.
        var errors = _logs.Lines
            .Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal))
            .ToList();
        Assert.True(errors.Count == 0, $"seed {Seed} ({path}): {errors.Count} error log lines, first:\n{string.Join('\n', errors.Take(3).Select(e => Truncate(e, 2000)))}");

        var health = await _app.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var command = await _app.CommandAsync("next-offer ci inquiry");
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Contains("\"blocks\"", await command.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + $"... ({text.Length} chars)";

    /// <summary>The body as printable ASCII with other bytes as \xNN, cut for the message.</summary>
    private static string Show(byte[] body)
    {
        var text = new StringBuilder();
        foreach (var b in body.Take(1500))
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? (char)b : $"\\x{b:X2}");
        return body.Length > 1500 ? text + $"... ({body.Length} bytes)" : text.ToString();
    }
}
