using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Hosting;

/// <summary>
/// appsettings.json turns off ASP.NET Core's per-request hosting diagnostics: with them on, every request makes an
/// Activity only to put a trace id on log lines. A tracer that listens still gets its activities.
/// </summary>
public sealed class RequestDiagnosticsTests
{
    [Fact]
    public async Task A_slash_command_makes_no_activity_until_a_tracer_listens()
    {
        var seen = new ConcurrentQueue<Activity?>();
        await using var app = await JourneyBotApp.StartAsync(services: s => s.AddSingleton<IStartupFilter>(new RecordActivity(seen)));

        var untraced = await app.CommandAsync("next-offer ci inquiry");
        Assert.Equal(HttpStatusCode.OK, untraced.StatusCode);
        Assert.True(seen.TryDequeue(out var none));
        Assert.Null(none);

        using var tracer = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(tracer);
        var traced = await app.CommandAsync("next-offer ci inquiry");
        Assert.Equal(HttpStatusCode.OK, traced.StatusCode);
        Assert.True(seen.TryDequeue(out var activity));
        Assert.NotNull(activity);
        Assert.Equal("Microsoft.AspNetCore.Hosting.HttpRequestIn", activity.OperationName);
    }

    /// <summary>Records, for each request, the Activity the host made for it (null when it made none).</summary>
    private sealed class RecordActivity(ConcurrentQueue<Activity?> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                seen.Enqueue(context.Features.Get<IHttpActivityFeature>()?.Activity);
                await proceed(context);
            });
            next(app);
        };
    }
}
