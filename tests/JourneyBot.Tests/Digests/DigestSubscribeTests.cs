using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Tests.Digests;

public sealed class DigestSubscribeTests : IAsyncLifetime
{
    private static readonly AskContext InChannel = new("U1", "C1", "T1");
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<List<DigestSubscription>> SubscriptionsAsync()
    {
        await using var db = await _catalog.DbAsync();
        return await db.DigestSubscriptions.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Subscribe_without_arguments_follows_every_use_case_on_mondays_at_0900_utc()
    {
        var answer = await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe", InChannel);

        Assert.Equal(DigestSubscriptionChange.Subscribed, answer.Change);
        var subscription = Assert.Single(await SubscriptionsAsync());
        Assert.Equal(("T1", "C1", DayOfWeek.Monday, new TimeOnly(9, 0), "UTC"), (subscription.TeamId, subscription.ChannelId, subscription.Weekday, subscription.LocalTime, subscription.TimeZone));
        Assert.Empty(subscription.UseCaseKeys);
        Assert.Equal("U1", subscription.CreatedBy);
    }

    [Fact]
    public async Task Subscribe_with_use_cases_weekday_time_and_zone_stores_them_as_keys()
    {
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe CI continuous-delivery on Friday at 14:30 Europe/Berlin", InChannel);

        var subscription = Assert.Single(await SubscriptionsAsync());
        Assert.Equal(["ci", "cd"], subscription.UseCaseKeys);
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(14, 30), "Europe/Berlin"), (subscription.Weekday, subscription.LocalTime, subscription.TimeZone));
    }

    [Fact]
    public async Task Subscribing_the_same_channel_again_updates_its_one_subscription()
    {
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe ci", InChannel);
        var again = await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe gitops on tue at 8am America/New_York", InChannel);

        Assert.Equal(DigestSubscriptionChange.Updated, again.Change);
        var subscription = Assert.Single(await SubscriptionsAsync());
        Assert.Equal(["gitops"], subscription.UseCaseKeys);
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(8, 0), "America/New_York"), (subscription.Weekday, subscription.LocalTime, subscription.TimeZone));
    }

    [Fact]
    public async Task Status_shows_the_next_run_in_the_subscriptions_own_zone()
    {
        // The clock says Wednesday 2026-11-25 10:00 UTC.
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe ci on monday at 09:00 Europe/Berlin", InChannel);

        var status = await _catalog.AskAsync<DigestStatusAnswer>("digest status", InChannel);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1)), status.NextRun);
        Assert.Equal(TimeSpan.FromHours(1), status.NextRun.Offset);
        Assert.Equal(DigestSubscriptionChange.Unchanged, status.Change);
    }

    [Fact]
    public async Task Status_of_an_unsubscribed_channel_says_it_gets_no_digest()
    {
        var notice = await _catalog.AskAsync<NoticeAnswer>("digest status", InChannel);
        Assert.Equal("Not subscribed", notice.Title);
    }

    [Fact]
    public async Task The_default_zone_comes_from_the_digests_option_when_set()
    {
        await using var catalog = await TestCatalog.CreateAsync(new Dictionary<string, string?> { ["Digests:DefaultTimeZone"] = "Asia/Tokyo" });
        await catalog.AskAsync<DigestStatusAnswer>("digest subscribe", InChannel);
        await using var db = await catalog.DbAsync();
        Assert.Equal("Asia/Tokyo", (await db.DigestSubscriptions.SingleAsync()).TimeZone);
    }

    [Fact]
    public async Task Unsubscribe_removes_the_channels_subscription()
    {
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe", InChannel);

        var notice = await _catalog.AskAsync<NoticeAnswer>("digest unsubscribe", InChannel);

        Assert.Equal("Unsubscribed", notice.Title);
        Assert.Empty(await SubscriptionsAsync());
    }

    [Fact]
    public async Task Unsubscribe_in_a_channel_without_a_subscription_says_there_was_nothing_to_stop()
    {
        var notice = await _catalog.AskAsync<NoticeAnswer>("digest unsubscribe", InChannel);
        Assert.Equal("Not subscribed", notice.Title);
    }

    [Theory]
    [InlineData("digest subscribe ci on funday at 09:00", "not a weekday")]
    [InlineData("digest subscribe ci on monday at 25:00", "not a time")]
    [InlineData("digest subscribe ci on monday at 9", "not a time")]
    [InlineData("digest subscribe ci on monday at 09:61", "not a time")]
    [InlineData("digest subscribe ci on monday at noon", "not a time")]
    [InlineData("digest subscribe ci on monday at 09:00 Mars/Olympus", "not a time zone")]
    [InlineData("digest subscribe ci on monday at 09:00 Berlin", "not a time zone")]
    [InlineData("digest subscribe ci on", "needs a weekday")]
    [InlineData("digest subscribe ci on monday at", "needs a time")]
    [InlineData("digest subscribe ci on monday on friday", "Two weekdays")]
    [InlineData("digest subscribe awareness", "is a stage")]
    [InlineData("digest subscribe executives", "is a persona")]
    public async Task Subscribe_with_bad_input_says_what_is_wrong_and_changes_nothing(string text, string problem)
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>(text, InChannel);

        Assert.Contains(problem, answer.Problem, StringComparison.Ordinal);
        Assert.Empty(await SubscriptionsAsync());
    }

    [Fact]
    public async Task Subscribe_to_an_unknown_use_case_suggests_the_closest_one_and_changes_nothing()
    {
        var answer = await _catalog.AskAsync<NotUnderstoodAnswer>("digest subscribe devsecop on monday at 09:00", InChannel);

        var unknown = Assert.Single(answer.Unknown);
        Assert.Equal("devsecop", unknown.Word);
        Assert.Contains("devsecops", unknown.Suggestions);
        Assert.Empty(await SubscriptionsAsync());
    }

    [Fact]
    public async Task A_bad_update_leaves_the_existing_subscription_as_it_was()
    {
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe ci on monday at 09:00", InChannel);

        await _catalog.AskAsync<NeedMoreAnswer>("digest subscribe gitops on monday at 31:00", InChannel);

        var subscription = Assert.Single(await SubscriptionsAsync());
        Assert.Equal(["ci"], subscription.UseCaseKeys);
    }

    [Theory]
    [InlineData("digest subscribe")]
    [InlineData("digest unsubscribe")]
    [InlineData("digest status")]
    public async Task Outside_a_slack_channel_digest_subscriptions_need_a_channel(string text)
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>(text, new AskContext("cli"));

        Assert.Contains("Slack channel", answer.Problem, StringComparison.Ordinal);
        Assert.Empty(await SubscriptionsAsync());
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("digest weekly")]
    public async Task A_digest_command_without_a_known_action_lists_the_actions(string text)
    {
        var answer = await _catalog.AskAsync<NeedMoreAnswer>(text, InChannel);
        Assert.Contains("subscribe, unsubscribe, status or preview", answer.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_in_a_channel_shows_the_digest_of_its_use_cases()
    {
        await _catalog.AskAsync<DigestStatusAnswer>("digest subscribe gitops", InChannel);

        var preview = await _catalog.AskAsync<DigestAnswer>("digest preview", InChannel);

        Assert.True(preview.IsPreview);
        Assert.Equal(["gitops"], preview.Digest.UseCases.Select(u => u.Key));
    }
}
