using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Digests;
using JourneyBot.Messages;
using JourneyBot.Slack;
using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.Handlers;

namespace JourneyBot;

public static class JourneyBotServices
{
    /// <summary>Everything the bot needs. The Slack side (and its required secrets) only when serving.</summary>
    public static WebApplicationBuilder AddJourneyBot(this WebApplicationBuilder builder, bool serving)
    {
        if (!serving)
        {
            // Verbs print answers and JSON on stdout: logs go to stderr, and only our own notices and warnings.
            builder.Configuration.AddInMemoryCollection([
                new("Logging:LogLevel:Default", "Warning"),
                new("Logging:LogLevel:JourneyBot", "Information"),
            ]);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        builder.Services.AddJourneyCatalog(builder.Configuration);
        builder.Services.AddSingleton<CatalogImporter>();
        if (serving)
        {
            builder.ConfigureServer();
            builder.AddSlackApp();
        }
        builder.AddDigests(serving);
        return builder;
    }

    /// <summary>
    /// Kestrel as the bot serves. Each request runs start to finish on the socket thread that read it, with no hop
    /// to the thread pool: about 20 % more slash commands per second on 2 cores (bench/README.md). Safe here because
    /// commands are answered from memory, database work continues on the thread pool
    /// (<see cref="CatalogDbContextFactory"/>) and nothing blocks on async work. <c>Server:InlineScheduling=false</c>
    /// restores Kestrel's default scheduling.
    /// </summary>
    /// <remarks>The bench's <c>floor</c> server uses it too, so the ceiling it measures is this server's.</remarks>
    internal static void ConfigureServer(this WebApplicationBuilder builder)
    {
        // Slack does not need to know what answers it, and every reply is a header shorter.
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        if (!builder.Configuration.GetValue("Server:InlineScheduling", defaultValue: true))
            return;
        // The runtime reads this once, when the first socket is registered: set before any connection is made,
        // and left alone when the operator has set it.
        const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        builder.WebHost.UseSockets(o =>
        {
            o.UnsafePreferInlineScheduling = true;
            // Read into a buffer right away instead of first waiting for data with a zero-byte read: one system
            // call less per request (strace under bench/run.sh), for a 4 KB buffer held by each idle connection.
            o.WaitForDataBeforeAllocatingBuffer = false;
        });
    }

    private static void AddSlackApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlack()
            .AddSlashCommandHandler<JourneyCommandHandler>(null)
            .AddEventHandler<ConversationHandler>()
            .AddBlockActionHandler<MoreResultsHandler>(AnswerMessages.MoreActionId)
            .AddBlockActionHandler<AddFormButtonHandler>(AddMessages.OpenFormActionId)
            .AddViewSubmissionHandler<AddCollateralSubmission>(AddCollateralForm.CallbackId);
        builder.Services.AddSingleton<IEventDeduplicator, DatabaseEventDeduplicator>();
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddHostedService<BotIdentityLoader>();
        builder.Services.AddSingleton<HomeTab>();
        builder.Services.AddScoped<AddCollateralForm>();
        builder.Services.AddSingleton<ModelFollowUp>();
        builder.Services.AddHealthChecks().AddCheck<CatalogReadiness>("catalog", tags: ["ready"]);
    }

    /// <summary><c>/healthz</c> (alive), <c>/readyz</c> (database reachable, migrations applied) and the Slack endpoints.</summary>
    public static WebApplication MapJourneyBotEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapSlackEndpoints("/slack");
        return app;
    }
}

/// <summary>Ready when the catalog database answers and has no pending migrations.</summary>
public sealed class CatalogReadiness(CatalogDatabase database) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.IsReadyAsync(cancellationToken)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("catalog database unreachable or migrations pending");
}
