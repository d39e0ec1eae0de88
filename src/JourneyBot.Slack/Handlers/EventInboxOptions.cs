using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Slack.Handlers;

/// <summary>How kept events are taken up again (<c>Slack:Inbox</c>).</summary>
public sealed class EventInboxOptions
{
    /// <summary>
    /// A claim older than this belongs to a process that died: another (or the next start) takes the event over.
    /// Handling one event is cut off at half of it, so a live claim never lapses.
    /// </summary>
    [Range(2, 3600)]
    public int ClaimLeaseSeconds { get; set; } = 120;

    /// <summary>How often the inbox is searched for events nobody is handling.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>Events older than this are no longer answered (the question has gone cold); they are logged instead.</summary>
    [Range(1, 24 * 60)]
    public int MaxAgeMinutes { get; set; } = 60;

    public TimeSpan ClaimLease => TimeSpan.FromSeconds(ClaimLeaseSeconds);
    public TimeSpan HandlingTimeout => TimeSpan.FromSeconds(ClaimLeaseSeconds / 2.0);
}
