using JourneyBot.Core.Digests;

namespace JourneyBot.Tests.Digests;

public sealed class DigestScheduleTests
{
    [Fact]
    public void The_delivery_week_is_the_iso_week_in_the_subscriptions_zone()
    {
        var wednesday = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal("2026-W48", DigestSchedule.IsoWeek(wednesday, TimeZoneInfo.Utc));

        // Sunday 23:30 UTC is already Monday in Berlin, still Sunday in New York.
        var sundayNight = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026-W49", DigestSchedule.IsoWeek(sundayNight, Zone("Europe/Berlin")));
        Assert.Equal("2026-W48", DigestSchedule.IsoWeek(sundayNight, Zone("America/New_York")));
    }

    [Fact]
    public void The_iso_week_year_differs_from_the_calendar_year_around_new_year()
    {
        Assert.Equal("2026-W53", DigestSchedule.IsoWeek(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_cron_has_minute_hour_and_weekday_of_the_schedule()
    {
        Assert.Equal("30 14 * * 5", new DigestSchedule(DayOfWeek.Friday, new TimeOnly(14, 30), TimeZoneInfo.Utc).Cron);
        Assert.Equal("0 9 * * 0", new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(9, 0), TimeZoneInfo.Utc).Cron);
    }

    [Fact]
    public void The_next_run_later_the_same_day_is_today_and_a_passed_one_is_next_week()
    {
        var schedule = new DigestSchedule(DayOfWeek.Wednesday, new TimeOnly(11, 0), TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), schedule.NextRun(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero), schedule.NextRun(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_time_skipped_by_daylight_saving_runs_at_the_first_valid_time_after_it()
    {
        // Europe/Berlin springs forward on Sunday 2027-03-28 from 02:00 to 03:00.
        var schedule = new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), Zone("Europe/Berlin"));
        var next = schedule.NextRun(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9:05", 9, 5)]
    [InlineData("23:59", 23, 59)]
    [InlineData("9am", 9, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("5:30pm", 17, 30)]
    public void Times_are_read_in_24_hour_or_am_pm_form(string word, int hour, int minute)
    {
        Assert.True(DigestSchedule.TryReadTime(word, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("9")]
    [InlineData("13pm")]
    [InlineData("ten")]
    public void Impossible_or_ambiguous_times_are_refused(string word) => Assert.False(DigestSchedule.TryReadTime(word, out _));

    [Theory]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("thu", DayOfWeek.Thursday)]
    [InlineData("fridays", DayOfWeek.Friday)]
    public void Weekdays_are_read_by_name_abbreviation_or_plural(string word, DayOfWeek day)
    {
        Assert.True(DigestSchedule.TryReadWeekday(word, out var read));
        Assert.Equal(day, read);
    }

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
