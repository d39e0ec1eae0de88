using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Reviews;
using static JourneyBot.IntegrationTests.Reviews.ReviewTestApp;

namespace JourneyBot.IntegrationTests.Reviews;

/// <summary>The weekly owner review DM, sent by the real job through the real host to the fake Slack.</summary>
public sealed class OwnerReviewJobTests
{
    private static IReadOnlyList<RecordedCall> Dms(JourneyBotApp app) => app.Slack.CallsTo("chat.postMessage");

    private static IEnumerable<string> ActionIds(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).Select(e => e.GetProperty("action_id").GetString()!);

    [Fact]
    public async Task The_owner_gets_one_DM_listing_only_their_items_due_each_with_the_three_buttons()
    {
        await using var app = await StartAsync();

        Assert.Equal(1, await RunJobAsync(app, MondayMorning));

        var dm = Assert.Single(Dms(app)).Json;
        Assert.Equal(Owner, dm.GetProperty("channel").GetString());
        var body = dm.GetProperty("blocks").GetRawText();
        Assert.Contains(DueUrl, body, StringComparison.Ordinal);
        Assert.DoesNotContain("docs.example.com/fresh", body, StringComparison.Ordinal);
        Assert.Equal([ReviewMessages.ConfirmActionId, ReviewMessages.UpdateActionId, ReviewMessages.RetireActionId], ActionIds(dm));
    }

    [Fact]
    public async Task A_week_with_nothing_due_sends_no_DM()
    {
        await using var app = await StartAsync($"Fresh CI guide,https://docs.example.com/fresh,consideration,ci,2026-11-01,<@{Owner}>\n");

        Assert.Equal(0, await RunJobAsync(app, MondayMorning));

        Assert.Empty(Dms(app));
    }

    [Fact]
    public async Task A_second_run_in_the_same_week_sends_nothing()
    {
        await using var app = await StartAsync();
        await RunJobAsync(app, MondayMorning);

        Assert.Equal(0, await RunJobAsync(app, MondayMorning.AddHours(3)));

        Assert.Single(Dms(app));
    }

    [Fact]
    public async Task Nothing_is_sent_on_a_day_other_than_the_digest_day()
    {
        await using var app = await StartAsync();

        Assert.Equal(0, await RunJobAsync(app, MondayMorning.AddDays(1)));

        Assert.Empty(Dms(app));
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_slot_time_in_the_owners_own_zone()
    {
        await using var app = await StartAsync();

        // 07:30 UTC is 08:30 in Berlin: before Monday 09:00 there.
        Assert.Equal(0, await RunJobAsync(app, MondayMorning.AddHours(-2)));

        Assert.Empty(Dms(app));
    }

    [Fact]
    public async Task An_owner_who_paused_from_App_Home_gets_no_DM()
    {
        await using var app = await StartAsync();
        var press = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = Owner }, team = new { id = "T1" },
            view = new { id = "VHOME", type = "home" },
            actions = new[] { new { action_id = ReviewPauseSection.PauseActionId, block_id = "x", type = "button", value = "pause" } },
        });
        await app.InteractionAsync(press);
        await app.WaitForAsync(() => app.Slack.CallsTo("views.publish").Count > 0);

        Assert.Equal(0, await RunJobAsync(app, MondayMorning));

        Assert.Empty(Dms(app));
        Assert.Contains(ReviewPauseSection.ResumeActionId, app.Slack.CallsTo("views.publish")[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_who_is_also_in_an_owning_team_gets_one_DM_with_both_items_and_the_teammate_gets_the_teams()
    {
        await using var app = await StartAsync($"CI tour,{DueUrl},consideration,ci,2020-01-01,<@{Owner}>\nCD tour,https://docs.example.com/cd-tour,consideration,cd,2020-01-01,{Team}\n");

        Assert.Equal(2, await RunJobAsync(app, MondayMorning));

        var byChannel = Dms(app).ToDictionary(d => d.Json.GetProperty("channel").GetString()!, d => d.Body);
        Assert.Contains(DueUrl, byChannel[Owner], StringComparison.Ordinal);
        Assert.Contains("cd-tour", byChannel[Owner], StringComparison.Ordinal);
        Assert.Contains("cd-tour", byChannel[TeamMate], StringComparison.Ordinal);
        Assert.DoesNotContain(DueUrl, byChannel[TeamMate], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_registers_the_review_as_a_recurring_job_every_15_minutes()
    {
        await using var app = await StartAsync(csvRows: null);

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == OwnerReviewJob.JobId);
        Assert.Equal("*/15 * * * *", job.Cron);
    }
}
