using JourneyBot.Core.Catalog;

namespace JourneyBot.Core.Digests;

/// <summary>Keeps a subscription's recurring job in step with the subscription (Hangfire when serving).</summary>
public interface IDigestScheduler
{
    void Schedule(DigestSubscription subscription);

    void Unschedule(int subscriptionId);
}

/// <summary>
/// Outside <c>serve</c> there is no job server: subscriptions are only stored, and the server registers their jobs
/// from the database when it starts.
/// </summary>
public sealed class StoredOnlyDigestScheduler : IDigestScheduler
{
    public void Schedule(DigestSubscription subscription) { }

    public void Unschedule(int subscriptionId) { }
}
