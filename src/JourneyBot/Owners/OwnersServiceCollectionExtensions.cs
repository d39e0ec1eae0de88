using JourneyBot.Core.Digests;

namespace JourneyBot.Owners;

public static class OwnersServiceCollectionExtensions
{
    /// <summary>
    /// Owner resolution: <c>Owners:*</c> options, the Slack directory when serving (it needs the Slack client), and the
    /// digest's unreachable-owner check (offline in terminal verbs).
    /// </summary>
    public static IServiceCollection AddOwners(this IServiceCollection services, bool serving)
    {
        services.AddOptions<OwnersOptions>().BindConfiguration(OwnersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (serving) services.AddSingleton<IOwnerDirectory, SlackOwnerDirectory>();
        services.AddSingleton<IOwnerReachability, DigestOwnerCheck>();
        return services;
    }
}
