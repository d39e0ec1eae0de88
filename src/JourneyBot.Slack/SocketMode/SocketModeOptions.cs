namespace JourneyBot.Slack.SocketMode;

/// <summary>Reconnect pacing for Socket Mode, bound from <c>Slack:SocketMode</c> (tests shrink the delays).</summary>
public sealed class SocketModeOptions
{
    /// <summary>Delay before the first reconnect; doubles with each further failure.</summary>
    public TimeSpan InitialReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a closing connection may finish in-flight acks before it is dropped.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
