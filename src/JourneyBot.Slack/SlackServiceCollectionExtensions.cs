using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Signing;
using JourneyBot.Slack.SocketMode;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack adapter: options from <paramref name="sectionPath"/> (validated at start), signature
    /// verification, the Web API client, the dispatcher, the background worker and Socket Mode (which runs only
    /// when <c>Slack:AppToken</c> is set). Register handlers on the returned builder.
    /// </summary>
    public static SlackBuilder AddSlack(this IServiceCollection services, string sectionPath = SlackOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<SlackOptions>()
            .BindConfiguration(sectionPath)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrEmpty(o.SigningSecret) || o.SocketModeEnabled,
                $"{sectionPath}:SigningSecret is required for the HTTP endpoints (or set {sectionPath}:AppToken to use Socket Mode).")
            // Absent is fine in Socket Mode; given but blank is a mistake in any mode (anyone can sign with " ").
            .Validate(o => string.IsNullOrEmpty(o.SigningSecret) || !string.IsNullOrWhiteSpace(o.SigningSecret),
                $"{sectionPath}:SigningSecret is only whitespace; set the app's signing secret (or leave it out in Socket Mode).")
            .ValidateOnStart();
        services.AddOptions<SocketModeOptions>().BindConfiguration($"{sectionPath}:SocketMode").ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocketModeOptions>>(new SocketModeOptionsValidation($"{sectionPath}:SocketMode")));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SignatureVerifier>(sp =>
            new SignatureVerifier(sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<IEventDeduplicator, InMemoryEventDeduplicator>();
        services.TryAddSingleton<IEventInbox, InMemoryEventInbox>();
        services.AddOptions<EventInboxOptions>().BindConfiguration($"{sectionPath}:Inbox").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SlackDispatcher>();
        services.TryAddSingleton<SlackBackgroundQueue>();

        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(SlackHandlerRegistry))?.ImplementationInstance as SlackHandlerRegistry;
        if (registry is null)
        {
            registry = new SlackHandlerRegistry();
            services.AddSingleton(registry);
            // Hosted services stop in reverse order: the drain gives back unfinished events after the worker stopped.
            services.AddHostedService<EventInboxDrain>();
            services.AddHostedService<SlackBackgroundWorker>();
            services.AddSingleton(sp => new SocketModeStatus(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(sp => new SocketModeClient(
                sp,
                sp.GetRequiredService<SlackDispatcher>(),
                sp.GetRequiredService<SlackBackgroundQueue>(),
                sp.GetRequiredService<SocketModeStatus>(),
                sp.GetRequiredService<IOptions<SlackOptions>>(),
                sp.GetRequiredService<IOptions<SocketModeOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SocketModeClient>>()));
            services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());
            // Readiness (/readyz maps checks tagged "ready"): unready while Socket Mode has been disconnected too long.
            services.AddSingleton(sp => new SocketModeHealthCheck(
                sp.GetRequiredService<IOptions<SlackOptions>>(), sp.GetRequiredService<IOptions<SocketModeOptions>>(), sp.GetRequiredService<SocketModeStatus>()));
            services.AddHealthChecks().AddCheck<SocketModeHealthCheck>("slack-socket-mode", tags: ["ready"]);
            // The default HttpClient logs print full URLs, and a response_url is itself a credential;
            // SlackApiClient logs method names and Slack's error codes instead.
            services.AddHttpClient<SlackApiClient>((sp, http) =>
                {
                    var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                    http.BaseAddress = WithTrailingSlash(slack.ApiBaseUrl);
                    http.Timeout = TimeSpan.FromSeconds(slack.ApiTimeoutSeconds);
                })
                .RemoveAllLoggers();
        }

        return new SlackBuilder(services, registry);
    }

    // Relative method names resolve against the base address only when it ends with '/'.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}

/// <summary>Registers handlers: each is a scoped service resolved per delivery.</summary>
public sealed class SlackBuilder
{
    private readonly SlackHandlerRegistry _registry;

    internal SlackBuilder(IServiceCollection services, SlackHandlerRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    public IServiceCollection Services { get; }

    /// <param name="command">The command, e.g. <c>/deploy</c>; null handles every command without its own handler.</param>
    public SlackBuilder AddSlashCommandHandler<THandler>(string? command) where THandler : class, ISlashCommandHandler
    {
        _registry.AddSlashCommand(command, typeof(THandler));
        Services.TryAddScoped<THandler>();
        return this;
    }

    /// <summary>The handler sees every event callback (check <c>EventType</c> or the typed properties).</summary>
    public SlackBuilder AddEventHandler<THandler>() where THandler : class, IEventHandler
    {
        _registry.AddEvent(typeof(THandler));
        Services.TryAddScoped<THandler>();
        return this;
    }

    /// <param name="actionId">The element's <c>action_id</c>; null handles every action without its own handler.</param>
    public SlackBuilder AddBlockActionHandler<THandler>(string? actionId) where THandler : class, IBlockActionHandler
    {
        _registry.AddBlockAction(actionId, typeof(THandler));
        Services.TryAddScoped<THandler>();
        return this;
    }

    /// <param name="callbackId">The modal's <c>callback_id</c>; null handles every submission without its own handler.</param>
    public SlackBuilder AddViewSubmissionHandler<THandler>(string? callbackId) where THandler : class, IViewSubmissionHandler
    {
        _registry.AddViewSubmission(callbackId, typeof(THandler));
        Services.TryAddScoped<THandler>();
        return this;
    }
}
