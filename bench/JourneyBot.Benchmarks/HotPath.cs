using System.Diagnostics;
using System.Text;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Benchmarks;

/// <summary>
/// The in-process stages of one signed <c>/journey next-offer</c> (the body bench/run.sh sends), each timed on
/// its own: what is left of a request's cost after these is Kestrel, routing and the kernel.
/// </summary>
internal static class HotPath
{
    private const string Secret = "bench-signing-secret-0123456789abcdef";
    private const string Body = "token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench"
        + "&command=%2Fjourney&text=next-offer+ci+inquiry+manager&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse-url&trigger_id=1.1.bench&api_app_id=A0BENCH";

    public static async Task RunAsync(IServiceProvider services)
    {
        var body = Encoding.UTF8.GetBytes(Body);
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = SlackRequestSigner.Sign(Secret, seconds, Body);
        var verifier = new SignatureVerifier(Secret, TimeProvider.System);
        var assistant = services.GetRequiredService<JourneyAssistant>();
        var catalog = await services.GetRequiredService<JourneyBot.Core.Catalog.CatalogSnapshotProvider>().GetAsync();
        var command = SlashCommand.Parse(body).Value!;
        var context = new AskContext(command.UserId, command.ChannelId, command.TeamId, Interactive: true);
        var answer = await assistant.AskAsync(command.Text, context);
        var message = AnswerMessages.Build(answer);

        Console.WriteLine($"hot path of one next-offer request ({body.Length} B body, {System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(message, SlackJson.Options).Length} B reply):");
        Measure("verify signature", () => verifier.Verify(timestamp, signature, body).IsValid);
        Measure("parse form", () => SlashCommand.Parse(body).IsSuccess);
        Measure("parse question", () => QuestionParser.Parse(command.Text, catalog) is NextOfferRequest);
        Measure("answer (parse + engine)", () => assistant.AskAsync(command.Text, context).Result is CollateralListAnswer);
        Measure("Block Kit message", () => AnswerMessages.Build(answer).Blocks is { Count: > 0 });
        Measure("JSON", () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(message, SlackJson.Options).Length > 0);
    }

    private static void Measure(string stage, Func<bool> run)
    {
        // Warm up for a second, not a number of runs: tiered compilation replaces a method's code only after it has
        // been hot for a while, and a stage measured before that looked up to twice as slow as it is once served.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 1000)
            if (!run()) throw new InvalidOperationException($"{stage} gave an unexpected result");
        const int Runs = 200_000;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++) run();
        var ns = clock.Elapsed.TotalNanoseconds / Runs;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Runs;
        Console.WriteLine($"  {stage,-26} {ns / 1000,6:F2} µs  {bytes,7:N0} B allocated");
    }
}
