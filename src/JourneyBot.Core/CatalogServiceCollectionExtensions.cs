using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Search;
using JourneyBot.Core.Tagging;
using JourneyBot.Core.Usage;
using JourneyBot.Tagging;
using JourneyBot.Tagging.Ai;
using JourneyBot.Tagging.BuiltIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core;

public static class CatalogServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=journeybot.db";

    /// <summary>Where PostgreSQL's migrations live (SQLite's are in this assembly).</summary>
    public const string PostgresMigrationsAssembly = "JourneyBot.Core.Postgres";

    /// <summary>The catalog database (provider from <c>Catalog:Provider</c>), its in-memory snapshot and the query log.</summary>
    public static IServiceCollection AddJourneyCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<CatalogDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Catalog") ?? DefaultConnectionString;
            var provider = sp.GetRequiredService<IOptions<CatalogOptions>>().Value.Provider;
            switch (provider)
            {
                case CatalogProvider.Sqlite:
                    options.UseSqlite(connectionString);
                    break;
                case CatalogProvider.Postgres:
                    options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                    break;
                default:
                    throw new InvalidOperationException($"Catalog:Provider={provider} is not supported; use Sqlite or Postgres.");
            }
        });

        services.AddSingleton<CatalogDatabase>();
        services.AddSingleton<CatalogSnapshotProvider>();
        services.AddSingleton<FreshnessClock>();
        services.AddSingleton<QueryLog>();
        services.AddHostedService<QueryLogWriter>(); // runs only where the host runs (serve), verbs flush it themselves
        services.AddOptions<UsageOptions>().BindConfiguration(UsageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UsageCounter>();
        services.AddSingleton<UsageReport>();
        services.AddHostedService<UsageWriter>();
        return services;
    }

    /// <summary>
    /// The questions the bot answers, one command per request type, and what they need: tag suggestions (built in, and
    /// the model when <c>Ai:*</c> is set) and the catalog editor.
    /// </summary>
    public static IServiceCollection AddJourneyCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<JourneyAssistant>();
        services.AddScoped<IJourneyCommand<NextOfferRequest>, NextOfferPlanner>();
        services.AddScoped<IJourneyCommand<CollateralRequest>, CollateralFinder>();
        services.AddScoped<IJourneyCommand<PlayRequest>, PlayAdvisor>();
        services.AddScoped<IJourneyCommand<StageRequest>, StageGuide>();
        services.AddScoped<IJourneyCommand<GapsRequest>, GapMap>();
        services.AddSingleton<CatalogSearch>();
        services.AddScoped<IJourneyCommand<SearchRequest>, SearchCommand>();
        services.AddTagging(configuration);
        // Only with a model (Ai:*): without one, a question not understood is answered as before, and no call is made.
        if (services.Any(d => d.ServiceType == typeof(IQuestionModel)))
            services.AddScoped<ModelQuestionReader>();
        services.AddSingleton(sp => new Taggers(sp.GetRequiredService<BuiltInTagger>(), sp.GetRequiredService<ITagSuggester>()));
        services.AddScoped<IJourneyCommand<TagRequestText>, TagAdvisor>();
        services.AddScoped<CatalogEditor>();
        services.AddScoped<CollateralLifecycle>();
        services.AddScoped<IJourneyCommand<AddRequest>>(sp => sp.GetRequiredService<CatalogEditor>());
        return services;
    }
}
