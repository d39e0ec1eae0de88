using System.ComponentModel;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Digests;

public enum DigestRunOutcome { Posted, AlreadyClaimed, NoSubscription }

/// <summary>
/// Posts one subscription's weekly digest, exactly once per ISO week in the subscription's zone: the week is
/// claimed in the database first (a unique index decides between concurrent runs, retries and instances), given
/// back if the post fails (so Hangfire's retry can deliver), and marked posted with the message ts.
/// </summary>
public sealed partial class DigestJob(
    DigestSubscriptions subscriptions,
    DigestBuilder builder,
    CatalogSnapshotProvider catalogs,
    DigestPicturePost post,
    DigestPostPacer pacer,
    TimeProvider clock,
    ILogger<DigestJob> logger)
{
    public const string JobIdPrefix = "digest:";

    public static string JobId(int subscriptionId) => JobIdPrefix + subscriptionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [DisplayName("Weekly gap digest for subscription {0}")]
    public async Task<DigestRunOutcome> Run(int subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(subscriptionId, cancellationToken);
        if (subscription is null)
        {
            LogGone(logger, subscriptionId);
            return DigestRunOutcome.NoSubscription;
        }

        var zone = DigestSchedule.Of(subscription.Weekday, subscription.LocalTime, subscription.TimeZone).Zone;
        var week = DigestSchedule.IsoWeek(clock.GetUtcNow(), zone);
        var claim = await subscriptions.TryClaimAsync(subscriptionId, week, cancellationToken);
        if (claim is null)
        {
            LogAlreadyClaimed(logger, subscriptionId, week);
            return DigestRunOutcome.AlreadyClaimed;
        }

        Digest digest;
        string ts;
        try
        {
            var catalog = await catalogs.GetAsync(cancellationToken);
            var baseline = await subscriptions.BaselineAsync(subscriptionId, week, cancellationToken);
            digest = await builder.BuildAsync(catalog, subscription.UseCaseKeys, subscription.ChannelId, baseline, cancellationToken);
            var message = AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false)) with
            {
                Channel = subscription.ChannelId,
                ResponseType = null,
                UnfurlLinks = false,
            };
            await pacer.WaitTurnAsync(subscription.ChannelId, cancellationToken);
            ts = await post.PostAsync(message, catalog, subscription.UseCaseKeys, digest.Freshness, cancellationToken);
        }
        catch (Exception e)
        {
            // Give the week back, or the retry would find it claimed and the channel would get nothing this week.
            LogFailed(logger, e, subscriptionId, week, subscription.ChannelId);
            await subscriptions.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }

        // Posted: from here on the claim stays, whatever happens, so nothing can post this week's digest twice.
        await subscriptions.MarkPostedAsync(claim, ts, digest, CancellationToken.None);
        LogPosted(logger, subscriptionId, week, subscription.ChannelId, ts);
        return DigestRunOutcome.Posted;
    }

    [LoggerMessage(LogLevel.Information, "Digest subscription {SubscriptionId} no longer exists; nothing to post")]
    private static partial void LogGone(ILogger logger, int subscriptionId);

    [LoggerMessage(LogLevel.Information, "Digest {SubscriptionId} for week {Week} already claimed by another run; not posting")]
    private static partial void LogAlreadyClaimed(ILogger logger, int subscriptionId, string week);

    [LoggerMessage(LogLevel.Warning, "Digest {SubscriptionId} for week {Week} to {ChannelId} failed; claim released for a retry")]
    private static partial void LogFailed(ILogger logger, Exception exception, int subscriptionId, string week, string channelId);

    [LoggerMessage(LogLevel.Information, "Digest {SubscriptionId} for week {Week} posted to {ChannelId} (ts {Ts})")]
    private static partial void LogPosted(ILogger logger, int subscriptionId, string week, string channelId, string ts);
}
