using Hangfire;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;

namespace JourneyBot.Digests;

/// <summary>One Hangfire recurring job per subscription (<c>digest:&lt;id&gt;</c>), on its cron in its own time zone.</summary>
public sealed class HangfireDigestScheduler(IRecurringJobManager jobs) : IDigestScheduler
{
    public void Schedule(DigestSubscription subscription)
    {
        var schedule = DigestSchedule.Of(subscription.Weekday, subscription.LocalTime, subscription.TimeZone);
        var id = subscription.Id;
        jobs.AddOrUpdate<DigestJob>(DigestJob.JobId(id), job => job.Run(id, CancellationToken.None), schedule.Cron,
            new RecurringJobOptions { TimeZone = schedule.Zone });
    }

    public void Unschedule(int subscriptionId) => jobs.RemoveIfExists(DigestJob.JobId(subscriptionId));
}
