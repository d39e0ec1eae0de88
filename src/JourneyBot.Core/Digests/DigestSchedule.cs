using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyBot.Core.Digests;

/// <summary>When a digest is posted: a weekday and a local time in an IANA time zone.</summary>
public sealed partial record DigestSchedule(DayOfWeek Weekday, TimeOnly LocalTime, TimeZoneInfo Zone)
{
    public static readonly DigestSchedule Default = new(DayOfWeek.Monday, new TimeOnly(9, 0), TimeZoneInfo.Utc);

    /// <summary>The zone's IANA id, also when the system handed us a Windows id.</summary>
    public string TimeZoneId => IanaId(Zone);

    /// <summary>Five-field cron (minute hour day month weekday), read in <see cref="Zone"/> by the scheduler.</summary>
    public string Cron => string.Create(CultureInfo.InvariantCulture, $"{LocalTime.Minute} {LocalTime.Hour} * * {(int)Weekday}");

    /// <summary>"Mondays at 09:00 (Europe/Berlin)".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Weekday}s at {LocalTime:HH\\:mm} ({TimeZoneId})");

    /// <summary>The next run after <paramref name="now"/>, as a time in the schedule's zone (with its offset then).</summary>
    public DateTimeOffset NextRun(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var days = ((int)Weekday - (int)local.DayOfWeek + 7) % 7;
        var candidate = local.Date.AddDays(days) + LocalTime.ToTimeSpan();
        if (candidate <= local) candidate = candidate.AddDays(7);
        // A time skipped by a daylight-saving change runs at the first valid time after it, as cron does.
        while (Zone.IsInvalidTime(candidate)) candidate = candidate.AddMinutes(30);
        return new DateTimeOffset(candidate, Zone.GetUtcOffset(candidate));
    }

    public static DigestSchedule Of(DayOfWeek weekday, TimeOnly localTime, string timeZoneId) =>
        TryFindZone(timeZoneId, out var zone)
            ? new DigestSchedule(weekday, localTime, zone)
            : throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));

    /// <summary>The ISO week (<c>2026-W48</c>) that <paramref name="now"/> falls in, in <paramref name="zone"/>.</summary>
    public static string IsoWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace)) return false;
        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase) || id.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase)) return true;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)) return false;
        zone = found;
        return true;
    }

    public static string IanaId(TimeZoneInfo zone) =>
        zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC" ? "UTC"
        : zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana
        : zone.Id;

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary>Monday, mon, Mondays (any case).</summary>
    public static bool TryReadWeekday(string word, out DayOfWeek weekday)
    {
        var w = word.Trim().TrimEnd(',', '.');
        if (Weekdays.TryGetValue(w, out weekday)) return true;
        return w.Length > 4 && w.EndsWith('s') && Weekdays.TryGetValue(w[..^1], out weekday);
    }

    /// <summary>24-hour <c>HH:MM</c> or <c>H:MM</c>, or 12-hour with am/pm (<c>9am</c>, <c>5:30pm</c>).</summary>
    public static bool TryReadTime(string word, out TimeOnly time)
    {
        time = default;
        var m = TimePattern().Match(word.Trim().TrimEnd(',', '.'));
        if (!m.Success) return false;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ampm"].Success ? m.Groups["ampm"].Value.ToLowerInvariant() : null;
        if (meridiem is null && !m.Groups["m"].Success) return false; // "9" alone: am or pm?
        if (minute > 59) return false;
        if (meridiem is null)
        {
            if (hour > 23) return false;
        }
        else
        {
            if (hour is < 1 or > 12) return false;
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        time = new TimeOnly(hour, minute);
        return true;
    }

    /// <summary>Words that look like a time, right or wrong (so "25:00" is reported as a bad time, not an unknown word).</summary>
    public static bool LooksLikeTime(string word) => LooseTimePattern().IsMatch(word.Trim());

    [GeneratedRegex(@"^(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<ampm>[aApP][mM])?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d+([:.h]\d*)?\s*([aApP][mM])?$")]
    private static partial Regex LooseTimePattern();
}
