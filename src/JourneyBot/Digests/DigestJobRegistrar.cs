using Hangfire;
using Hangfire.Storage;
using JourneyBot.Core.Digests;

namespace JourneyBot.Digests;

/// <summary>
/// At start, registers every subscription's recurring job again from the database (in-memory job storage forgets
/// them on restart) and drops digest jobs whose subscription is gone (a persistent storage may still hold them).
/// </summary>
public sealed partial class DigestJobRegistrar(
    DigestSubscriptions subscriptions,
    IDigestScheduler scheduler,
    JobStorage storage,
    ILogger<DigestJobRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var all = await subscriptions.AllAsync(cancellationToken);
        foreach (var subscription in all)
        {
            try
            {
                scheduler.Schedule(subscription);
            }
            catch (ArgumentException e)
            {
                // One bad row (say, a zone this machine does not know) must not keep the others from running.
                LogNotScheduled(logger, e, subscription.Id, subscription.TimeZone);
            }
        }

        var wanted = all.Select(s => DigestJob.JobId(s.Id)).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var orphan in connection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith(DigestJob.JobIdPrefix, StringComparison.Ordinal) && !wanted.Contains(id)))
        {
            if (int.TryParse(orphan.AsSpan(DigestJob.JobIdPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var id))
                scheduler.Unschedule(id);
        }
        LogRegistered(logger, all.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Registered {Count} digest job(s) from the database")]
    private static partial void LogRegistered(ILogger logger, int count);

    [LoggerMessage(LogLevel.Error, "Digest subscription {SubscriptionId} not scheduled: time zone {TimeZone}")]
    private static partial void LogNotScheduled(ILogger logger, Exception exception, int subscriptionId, string timeZone);
}
