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
        if (serving) builder.AddSlackApp();
        builder.AddDigests(serving);
        return builder;
    }

    private static void AddSlackApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSlack()
            .AddSlashCommandHandler<JourneyCommandHandler>(null)
            .AddEventHandler<ConversationHandler>()
            .AddBlockActionHandler<MoreResultsHandler>(AnswerMessages.MoreActionId)
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
