using System.ComponentModel;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Reviews;
using JourneyBot.Digests;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JourneyBot.Reviews;

/// <summary>
/// The weekly owner review DMs. Runs every 15 minutes; a recipient is sent to when, in their own time zone (else the
/// digest's), it is the workspace digest's weekday and its time has come. The (recipient, ISO week) claim in the
/// database makes that once a week, across runs, retries and instances; nothing is sent on other days.
/// </summary>
public sealed partial class OwnerReviewJob(
    CatalogSnapshotProvider catalogs,
    ReviewPlanner planner,
    ReviewStore store,
    DigestSubscriptions subscriptions,
    SlackApiClient slack,
    DigestPostPacer pacer,
    IOptions<CatalogOptions> options,
    TimeProvider clock,
    ILogger<OwnerReviewJob> logger)
{
    public const string JobId = "owner-review";
    public const string Cron = "*/15 * * * *";

    [DisplayName("Weekly owner review DMs")]
    public Task<int> Run(CancellationToken cancellationToken) => RunAtAsync(clock.GetUtcNow(), cancellationToken);

    /// <returns>How many DMs were sent.</returns>
    public async Task<int> RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = ReviewDue.At(now, options.Value.ReviewDays);
        var items = due.DueItems(await catalogs.GetAsync(cancellationToken));
        if (items.Count == 0) return 0;

        var slot = await SlotAsync(cancellationToken);
        var paused = await store.PausedAsync(cancellationToken);
        var ready = new List<(ReviewBatch Batch, string Week)>();
        foreach (var batch in await planner.PlanAsync(items, cancellationToken))
        {
            var zone = DigestSchedule.TryFindZone(batch.Recipient.TimeZone, out var own) ? own : slot.Zone;
            if (paused.Contains(batch.Recipient.SlackId) || !IsSlotDay(now, slot, zone)) continue;
            ready.Add((batch, DigestSchedule.IsoWeek(now, zone)));
        }
        if (ready.Count == 0) return 0;

        // One read of this week's claims, so later runs the same day skip the sent without an insert each.
        var claimed = await store.ClaimedAsync([.. ready.Select(r => r.Week).Distinct()], cancellationToken);
        var sent = 0;
        foreach (var (batch, week) in ready.Where(r => !claimed.Contains((r.Batch.Recipient.SlackId, r.Week))))
            if (await SendAsync(batch, week, due, cancellationToken)) sent++;
        return sent;
    }

    /// <summary>The day and time of the workspace's digest (its first subscription), or Mondays 09:00 without one.</summary>
    private async Task<DigestSchedule> SlotAsync(CancellationToken cancellationToken)
    {
        foreach (var s in await subscriptions.AllAsync(cancellationToken))
            if (DigestSchedule.TryFindZone(s.TimeZone, out var zone)) return new DigestSchedule(s.Weekday, s.LocalTime, zone);
        return DigestSchedule.Default;
    }

    private static bool IsSlotDay(DateTimeOffset now, DigestSchedule slot, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return local.DayOfWeek == slot.Weekday && TimeOnly.FromDateTime(local) >= slot.LocalTime;
    }

    private async Task<bool> SendAsync(ReviewBatch batch, string week, ReviewDue due, CancellationToken cancellationToken)
    {
        var to = batch.Recipient.SlackId;
        var claim = await store.TryClaimAsync(to, week, cancellationToken);
        if (claim is null) return false;
        string ts;
        try
        {
            await pacer.WaitTurnAsync(to, cancellationToken);
            ts = await slack.PostMessage(ReviewMessages.Build(batch.Items, due) with { Channel = to }, cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            // Give the week back: the next run (15 minutes on, still the slot day) tries again.
            LogFailed(logger, e, to, week);
            await store.ReleaseAsync(claim, CancellationToken.None);
            return false;
        }
        await store.MarkSentAsync(claim, ts, [.. batch.Items.Take(ReviewMessages.MaxItems).Select(i => i.Id)], CancellationToken.None);
        LogSent(logger, to, week, batch.Items.Count);
        return true;
    }

    [LoggerMessage(LogLevel.Warning, "Owner review DM to {Recipient} for week {Week} failed; claim released for the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception, string recipient, string week);

    [LoggerMessage(LogLevel.Information, "Owner review DM sent to {Recipient} for week {Week}: {Count} item(s) due")]
    private static partial void LogSent(ILogger logger, string recipient, string week, int count);
}
