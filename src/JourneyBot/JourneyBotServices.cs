using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Digests;
using JourneyBot.Messages;
using JourneyBot.Owners;
using JourneyBot.Chat;
using JourneyBot.Reviews;
using JourneyBot.Slack;
using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.Handlers;
using JourneyBot.Web;

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
        builder.Services.AddJourneyCatalog().AddJourneyCommands(builder.Configuration).AddJourneyDigests();
        builder.Services.AddSingleton<CatalogImporter>();
        builder.Services.AddOwnerReviews();
        builder.Services.AddSingleton<Pictures.MapPictures>();
        if (serving)
        {
            builder.ConfigureServer();
            builder.AddSlackApp();
        }
        builder.AddDigests(serving);
        builder.Services.AddOwners(serving);
        return builder;
    }

    /// <summary>
    /// Kestrel as the bot serves, with its default scheduling: requests run on the thread pool. Nothing here changes
    /// the process (no runtime switch, no environment variable), so every library in it keeps the I/O model it
    /// was written for. Shutdown is bounded by <c>shutdownTimeoutSeconds</c> (10 s, what <c>docker stop</c> allows).
    /// </summary>
    /// <remarks>The bench's <c>floor</c> server uses it too, so the ceiling it measures is this server's.</remarks>
    internal static void ConfigureServer(this WebApplicationBuilder builder)
    {
        // Slack does not need to know what answers it, and every reply is a header shorter.
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var shutdown = TimeSpan.FromSeconds(builder.Configuration.GetValue(ShutdownTimeoutKey, DefaultShutdownSeconds));
        // Work in flight gets all but the last second; that one is for giving unfinished events back to the inbox.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown > TimeSpan.FromSeconds(2) ? shutdown - TimeSpan.FromSeconds(1) : shutdown);
    }

    /// <summary>The host's own key for its shutdown timeout; the bot's default is shorter than the host's 30 s.</summary>
    public const string ShutdownTimeoutKey = "shutdownTimeoutSeconds";
    public const int DefaultShutdownSeconds = 10;

    private static void AddSlackApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlack()
            .AddSlashCommandHandler<JourneyCommandHandler>(null)
            .AddEventHandler<ConversationHandler>()
            .AddBlockActionHandler<MoreResultsHandler>(ListMessages.MoreActionId)
            .AddBlockActionHandler<AddFormButtonHandler>(AddMessages.OpenFormActionId)
            .AddBlockActionHandler<OpenItemHandler>(ItemButtons.OpenActionId)
            .AddViewSubmissionHandler<AddCollateralSubmission>(AddCollateralForm.CallbackId)
            .AddReviewButtons();
        builder.Services.AddSingleton<IEventInbox, DatabaseEventInbox>();
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddHostedService<BotIdentityLoader>();
        builder.Services.AddSingleton<HomeTab>();
        builder.Services.AddSingleton<Pictures.MapImages>();
        builder.Services.AddSingleton<HomeMapImage>();
        builder.Services.AddSingleton<MapFollowUp>();
        builder.Services.AddSingleton<OwnerItemsSection>();
        builder.Services.AddScoped<AddCollateralForm>();
        builder.Services.AddSingleton<ModelFollowUp>();
        builder.Services.AddHealthChecks().AddCheck<CatalogReadiness>("catalog", tags: ["ready"]);
    }

    /// <summary><c>/healthz</c> (alive), <c>/readyz</c> (database writable and migrated, Socket Mode connected when on), the Slack endpoints and the <c>/map</c> page.</summary>
    public static WebApplication MapJourneyBotEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapSlackEndpoints("/slack");
        app.MapJourneyMap();
        return app;
    }
}

/// <summary>Ready when the catalog database answers, has no pending migrations and can be written.</summary>
public sealed class CatalogReadiness(CatalogDatabase database) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.IsReadyAsync(cancellationToken)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("catalog database unreachable, not writable, or migrations pending");
}
