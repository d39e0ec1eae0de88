using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.SocketMode;

/// <summary>Reconnect pacing, liveness and readiness for Socket Mode, bound from <c>Slack:SocketMode</c> (tests shrink the times).</summary>
public sealed class SocketModeOptions
{
    /// <summary>Delay before the first reconnect; doubles with each further failure.</summary>
    public TimeSpan InitialReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a closing connection may finish in-flight acks before it is dropped.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// No bytes at all from Slack for this long (Slack sends WebSocket pings every few seconds) means the connection
    /// died without a close (NAT, load balancer): it is dropped and a fresh one opened. 30 s, as Slack's own SDKs use.
    /// </summary>
    public TimeSpan SilenceTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><see cref="SocketModeHealthCheck"/> reports Unhealthy once Socket Mode has had no live connection this long.</summary>
    public TimeSpan UnhealthyAfterDisconnected { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>Every time must be positive, and the backoff cap at least its start; each problem names its key.</summary>
internal sealed class SocketModeOptionsValidation(string section) : IValidateOptions<SocketModeOptions>
{
    public ValidateOptionsResult Validate(string? name, SocketModeOptions options)
    {
        var problems = new List<string>();
        foreach (var (key, value) in new (string, TimeSpan)[]
                 {
                     (nameof(options.InitialReconnectDelay), options.InitialReconnectDelay),
                     (nameof(options.MaxReconnectDelay), options.MaxReconnectDelay),
                     (nameof(options.ConnectTimeout), options.ConnectTimeout),
                     (nameof(options.DrainTimeout), options.DrainTimeout),
                     (nameof(options.SilenceTimeout), options.SilenceTimeout),
                     (nameof(options.UnhealthyAfterDisconnected), options.UnhealthyAfterDisconnected),
                 })
        {
            if (value <= TimeSpan.Zero)
                problems.Add($"{section}:{key} must be a positive time span (got {value}).");
        }
        if (options.MaxReconnectDelay < options.InitialReconnectDelay)
            problems.Add($"{section}:MaxReconnectDelay must not be shorter than {section}:InitialReconnectDelay.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
