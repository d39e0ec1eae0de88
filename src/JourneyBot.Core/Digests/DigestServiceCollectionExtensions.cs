using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Core.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The digest command, builder and subscription store. Subscriptions are only stored until a job server
    /// replaces <see cref="IDigestScheduler"/> (the host does when serving).
    /// </summary>
    public static IServiceCollection AddJourneyDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DigestSubscriptions>();
        services.AddSingleton<DigestBuilder>();
        services.TryAddSingleton<IDigestScheduler, StoredOnlyDigestScheduler>();
        services.AddScoped<IJourneyCommand<DigestRequest>, DigestCommand>();
        return services;
    }
}
