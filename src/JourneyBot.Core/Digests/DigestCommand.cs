using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Digests;

/// <summary>
/// <c>digest subscribe [use cases] [on &lt;weekday&gt; at &lt;HH:MM&gt; [&lt;IANA tz&gt;]]</c>, <c>unsubscribe</c>,
/// <c>status</c> and <c>preview [use cases]</c>. Input is checked completely before anything is written.
/// </summary>
public sealed partial class DigestCommand(
    DigestSubscriptions subscriptions,
    DigestBuilder builder,
    IDigestScheduler scheduler,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestCommand> logger) : IJourneyCommand<DigestRequest>
{
    public const string Usage = "digest subscribe [use cases] [on <weekday> at <HH:MM> [<IANA tz>]] | unsubscribe | status | preview [use cases]";
    public const string SubscribeUsage = "digest subscribe [use cases] [on <weekday> at <HH:MM> [<IANA tz>]]";
    public const string SubscribeExample = "digest subscribe ci cd on monday at 09:00 Europe/Berlin";

    public async Task<Answer> AnswerAsync(DigestRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken) =>
        request.Action switch
        {
            "subscribe" or "sub" => await SubscribeAsync(request, catalog, context, cancellationToken),
            "unsubscribe" or "unsub" or "stop" => await UnsubscribeAsync(context, cancellationToken),
            "status" => await StatusAsync(catalog, context, cancellationToken),
            "preview" => await PreviewAsync(request, catalog, context, cancellationToken),
            "" => new NeedMoreAnswer("Say what to do with the weekly gap digest: subscribe, unsubscribe, status or preview.", Usage, SubscribeExample),
            var other => new NeedMoreAnswer($"I don't know the digest action '{other}': use subscribe, unsubscribe, status or preview.", Usage, SubscribeExample),
        };

    private async Task<Answer> SubscribeAsync(DigestRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var parsed = ReadSubscribe(request, catalog, options.Value.DefaultTimeZone);
        if (parsed.Problem is not null) return parsed.Problem;
        if (context.ChannelId is null) return NeedsChannel("subscribe");

        var (subscription, change) = await subscriptions.SaveAsync(context.TeamId, context.ChannelId, parsed.UseCases, parsed.Schedule, context.UserId, cancellationToken);
        scheduler.Schedule(subscription);
        LogSubscribed(logger, subscription.Id, context.ChannelId, parsed.Schedule.Describe(), change);
        return Status(subscription, catalog, change);
    }

    private async Task<Answer> UnsubscribeAsync(AskContext context, CancellationToken cancellationToken)
    {
        if (context.ChannelId is null) return NeedsChannel("unsubscribe");
        var removed = await subscriptions.RemoveAsync(context.TeamId, context.ChannelId, cancellationToken);
        if (removed is null) return new NoticeAnswer("Not subscribed", "This channel gets no weekly gap digest, so there was nothing to stop.");
        scheduler.Unschedule(removed.Id);
        LogUnsubscribed(logger, removed.Id, context.ChannelId);
        return new NoticeAnswer("Unsubscribed", "This channel will get no more weekly gap digests.");
    }

    private async Task<Answer> StatusAsync(CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        if (context.ChannelId is null) return NeedsChannel("status");
        var subscription = await subscriptions.FindAsync(context.TeamId, context.ChannelId, cancellationToken);
        return subscription is null
            ? new NoticeAnswer("Not subscribed", "This channel gets no weekly gap digest. Subscribe with:", Command: SubscribeExample)
            : Status(subscription, catalog, DigestSubscriptionChange.Unchanged);
    }

    private async Task<Answer> PreviewAsync(DigestRequest request, CatalogSnapshot catalog, AskContext context, CancellationToken cancellationToken)
    {
        var read = ReadUseCases(request.Text, request.Arguments, catalog);
        if (read.Problem is not null) return read.Problem;
        var subscription = context.ChannelId is null ? null : await subscriptions.FindAsync(context.TeamId, context.ChannelId, cancellationToken);
        var useCases = read.UseCases.Count > 0 ? read.UseCases : (IReadOnlyList<string>?)subscription?.UseCaseKeys ?? [];
        var baseline = subscription is null ? null : await subscriptions.BaselineAsync(subscription.Id, null, cancellationToken);
        var digest = await builder.BuildAsync(catalog, useCases, context.ChannelId, baseline, cancellationToken);
        return new DigestAnswer(digest, IsPreview: true);
    }

    private DigestStatusAnswer Status(DigestSubscription subscription, CatalogSnapshot catalog, DigestSubscriptionChange change)
    {
        var schedule = DigestSchedule.Of(subscription.Weekday, subscription.LocalTime, subscription.TimeZone);
        var useCases = subscription.UseCaseKeys.Count == 0
            ? catalog.UseCases
            : subscription.UseCaseKeys.Select(k => catalog.UseCase(k) ?? new UseCaseInfo(k, k, null, null, [])).ToList();
        return new DigestStatusAnswer(subscription.ChannelId, useCases, schedule, schedule.NextRun(clock.GetUtcNow()), subscription.LastDeliveredWeek, change);
    }

    private static NeedMoreAnswer NeedsChannel(string action) => new(
        $"digest {action} works in a Slack channel: run it in the channel that should get the digest.",
        SubscribeUsage, SubscribeExample);

    /// <summary>The use cases (keys, empty = all) and schedule of a subscribe request, or the problem with it.</summary>
    public sealed record SubscribeInput(IReadOnlyList<string> UseCases, DigestSchedule Schedule, Answer? Problem);

    public static SubscribeInput ReadSubscribe(DigestRequest request, CatalogSnapshot catalog, string defaultTimeZone)
    {
        SubscribeInput Fail(string problem) => new([], DigestSchedule.Default, new NeedMoreAnswer(problem, SubscribeUsage, SubscribeExample));

        var words = request.Arguments;
        var useCaseWords = new List<string>();
        DayOfWeek? weekday = null;
        TimeOnly? time = null;
        string? zoneWord = null;
        var inSchedule = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (lower is "on" or "every" or "at")
            {
                if (i + 1 >= words.Count)
                    return Fail(lower == "at" ? "'at' needs a time, like 09:00." : $"'{lower}' needs a weekday, like monday.");
                continue; // the next word says what it is
            }
            if (DigestSchedule.TryReadWeekday(word, out var day))
            {
                if (weekday is not null && weekday != day) return Fail($"Two weekdays given ({weekday}, {day}): a digest is weekly, on one day.");
                weekday = day;
                inSchedule = true;
            }
            else if (DigestSchedule.TryReadTime(word, out var t))
            {
                if (time is not null && time != t) return Fail("Two times given: name one, like 09:00.");
                time = t;
                inSchedule = true;
            }
            else if (i > 0 && words[i - 1].ToLowerInvariant() is "on" or "every")
            {
                return Fail($"'{word}' is not a weekday: use monday, tuesday, ... sunday (or mon, tue, ...).");
            }
            else if ((i > 0 && words[i - 1].Equals("at", StringComparison.OrdinalIgnoreCase)) || DigestSchedule.LooksLikeTime(word))
            {
                return Fail($"'{word}' is not a time: write it as HH:MM on a 24-hour clock (00:00 to 23:59), like 09:00 or 14:30.");
            }
            else if (inSchedule || word.Contains('/', StringComparison.Ordinal) || lower is "utc" or "gmt")
            {
                if (zoneWord is not null) return Fail($"Two time zones given ({zoneWord}, {word}): name one.");
                zoneWord = word;
            }
            else
            {
                useCaseWords.Add(word);
            }
        }

        var zoneId = zoneWord ?? defaultTimeZone;
        if (!DigestSchedule.TryFindZone(zoneId, out var zone))
            return Fail($"'{zoneId}' is not a time zone I know: use an IANA name like Europe/Berlin, America/New_York or UTC.");

        var read = ReadUseCases(request.Text, useCaseWords, catalog);
        if (read.Problem is not null) return new SubscribeInput([], DigestSchedule.Default, read.Problem);
        var schedule = new DigestSchedule(weekday ?? DigestSchedule.Default.Weekday, time ?? DigestSchedule.Default.LocalTime, zone);
        return new SubscribeInput(read.UseCases, schedule, null);
    }

    /// <summary>Use case words (keys, names, aliases, or a motion for its use cases) as keys; empty means all.</summary>
    public static (IReadOnlyList<string> UseCases, Answer? Problem) ReadUseCases(string text, IReadOnlyList<string> words, CatalogSnapshot catalog)
    {
        var reading = catalog.Vocabulary.Read(words);
        if (reading.Unknown.Count > 0) return ([], new NotUnderstoodAnswer(text, reading.Unknown));
        var keys = new List<string>();
        foreach (var group in reading.Terms)
        {
            if (group.FirstOrDefault(t => t.Kind == TermKind.UseCase) is { } useCase) keys.Add(useCase.Key);
            else if (group.FirstOrDefault(t => t.Kind == TermKind.Motion) is { } motion && catalog.Motion(motion.Key) is { UseCaseKeys.Count: > 0 } m) keys.AddRange(m.UseCaseKeys);
            else
            {
                var term = group[0];
                var kind = term.Kind switch { TermKind.Stage or TermKind.JourneyStage => "a stage", TermKind.Persona => "a persona", _ => "not a use case" };
                return ([], new NeedMoreAnswer(
                    $"'{term.Written}' is {kind}; a digest follows use cases (it covers every stage and persona of them). Known use cases: {string.Join(", ", catalog.UseCases.Select(u => u.Key))}.",
                    SubscribeUsage, SubscribeExample));
            }
        }
        if (reading.Urls.Count > 0)
            return ([], new NeedMoreAnswer("A digest follows use cases, not links.", SubscribeUsage, SubscribeExample));
        return (keys.Distinct().ToList(), null);
    }

    [LoggerMessage(LogLevel.Information, "Digest subscription {SubscriptionId} for {ChannelId}: {Schedule} ({Change})")]
    private static partial void LogSubscribed(ILogger logger, int subscriptionId, string channelId, string schedule, DigestSubscriptionChange change);

    [LoggerMessage(LogLevel.Information, "Digest subscription {SubscriptionId} for {ChannelId} removed")]
    private static partial void LogUnsubscribed(ILogger logger, int subscriptionId, string channelId);
}
