using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Signing;
using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.Handlers;

public sealed class ShutdownDrainTests
{
    [Fact]
    public async Task Work_acknowledged_to_Slack_still_runs_when_the_host_stops()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackTestHost.SigningSecret, ["Slack:BotToken"] = SlackTestHost.BotToken,
        });
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        builder.Services.AddSingleton(finished);
        builder.Services.AddSlack().AddEventHandler<SlowHandler>();
        await using var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var body = SlackBodies.AppMention("EvSlow");
        var ts = SlackTestHost.Now;
        var request = SlackTestHost.Request("/slack/events", body, "application/json");
        request.Headers.Add(SlackRequestSigner.TimestampHeader, ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, SlackRequestSigner.Sign(SlackTestHost.SigningSecret, ts, body));

        Assert.True((await client.SendAsync(request)).IsSuccessStatusCode); // acked before the handler is done
        await app.StopAsync();

        Assert.True(finished.Task.IsCompletedSuccessfully);
    }

    private sealed class SlowHandler(TaskCompletionSource finished) : IEventHandler
    {
        public async Task Handle(EventCallback callback, CancellationToken cancellationToken)
        {
            await Task.Delay(700, cancellationToken);
            finished.TrySetResult();
        }
    }
}
