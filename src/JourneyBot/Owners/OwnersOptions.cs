using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Owners;

/// <summary><c>Owners:*</c>: how long owner look-ups in Slack are remembered.</summary>
public sealed class OwnersOptions
{
    public const string Section = "Owners";

    /// <summary>
    /// How long a found user (email to id, time zone) or a user group's members are kept: a weekly run over 200 owners
    /// then asks Slack once per owner, and a changed time zone or group is seen within a day.
    /// </summary>
    [Range(1, 168)]
    public int CacheHours { get; set; } = 24;

    /// <summary>How long "no such user or group" is kept: shorter, so an owner who just joined the workspace is found soon.</summary>
    [Range(1, 1440)]
    public int NotFoundCacheMinutes { get; set; } = 60;
}
