using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using JourneyBot.Core.Digests;
using Microsoft.Extensions.Options;

namespace JourneyBot.Digests;

/// <summary>The digest's job server: Hangfire with its storage, a recurring job per subscription, the dashboard.</summary>
public static class DigestHosting
{
    public const string DashboardPath = "/jobs";

    /// <summary>
    /// When serving: the Hangfire job server (storage from <c>Jobs:Storage</c>), the digest job and the start-up
    /// registration of every subscription's recurring job. CLI verbs get no job server: they only store subscriptions.
    /// </summary>
    public static WebApplicationBuilder AddDigests(this WebApplicationBuilder builder, bool serving)
    {
        if (!serving) return builder;
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Our own storage, activator and filters rather than Hangfire's static defaults, so each host (and each test
        // host in one process) has its own; AddHangfire only adds what is not registered yet.
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<JobsOptions>>().Value, sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            JobFilterProviders.Providers, RetryFilters(sp.GetRequiredService<IOptions<JobsOptions>>().Value)));
        services.AddHangfire((sp, configuration) => configuration
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, server) =>
        {
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.WorkerCount = jobs.WorkerCount;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(jobs.SchedulePollingSeconds);
        });

        services.AddSingleton<IDigestScheduler, HangfireDigestScheduler>();
        services.AddSingleton<DigestPostPacer>();
        services.AddScoped<DigestJob>();
        services.AddSingleton<DigestPicturePost>();
        services.AddHostedService<DigestJobRegistrar>();
        // Hangfire's dashboard issues and checks an anti-forgery token on every change once this is registered, so a
        // cross-site form cannot ride on a browser's stored Basic credentials. Our Slack endpoints carry no
        // anti-forgery metadata, so this changes nothing for them.
        services.AddAntiforgery();
        return builder;
    }

    /// <summary>The Hangfire dashboard at <c>/jobs</c> (see <see cref="DashboardAccess"/> for who may see and change what).</summary>
    public static WebApplication MapDigestDashboard(this WebApplication app)
    {
        if (app.Services.GetService<IGlobalConfiguration>() is null) return app; // no job server in this process
        var access = new DashboardAccess(app.Services.GetRequiredService<IOptions<JobsOptions>>().Value);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DashboardPath), branch => branch.Use(access.RefuseForeignHost));
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [access],
            IsReadOnlyFunc = access.IsReadOnly,
            DashboardTitle = "JourneyBot jobs",
            DisplayStorageConnectionString = false,
            AppPath = null,
        });
        return app;
    }

    private static JobStorage CreateStorage(JobsOptions options, IConfiguration configuration)
    {
        if (options.Storage.Equals(JobsOptions.InMemory, StringComparison.OrdinalIgnoreCase))
            return new InMemoryStorage(new InMemoryStorageOptions());

        // PostgreSQL: the catalog's own database (its "hangfire" schema), so every instance shares one set of
        // recurring jobs and one queue, and a job runs on one instance only.
        var connectionString = configuration.GetConnectionString("Catalog")
            ?? throw new InvalidOperationException($"{JobsOptions.Section}:{nameof(JobsOptions.Storage)}={JobsOptions.Postgres} needs ConnectionStrings:Catalog.");
        var postgres = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(Math.Min(options.SchedulePollingSeconds, 5)),
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, postgres, null), postgres);
    }

    private static JobFilterCollection RetryFilters(JobsOptions options)
    {
        var delays = options.RetryDelays.ToArray();
        var filters = new JobFilterCollection();
        filters.Add(new AutomaticRetryAttribute { Attempts = delays.Length, DelaysInSeconds = delays, OnAttemptsExceeded = AttemptsExceededAction.Fail });
        return filters;
    }
}
