using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.SocketMode;

/// <summary>
/// Readiness for Socket Mode (registered by <c>AddSlack</c> as <c>slack-socket-mode</c>, tagged <c>ready</c>):
/// Unhealthy once Socket Mode has had no live connection for <see cref="SocketModeOptions.UnhealthyAfterDisconnected"/>,
/// so an orchestrator notices a bot that can no longer hear Slack. Healthy when Socket Mode is off, and during the
/// short gaps of an ordinary reconnect.
/// </summary>
public sealed class SocketModeHealthCheck : IHealthCheck
{
    private readonly SlackOptions _slack;
    private readonly SocketModeOptions _options;
    private readonly SocketModeStatus _status;

    internal SocketModeHealthCheck(IOptions<SlackOptions> slack, IOptions<SocketModeOptions> options, SocketModeStatus status)
    {
        _slack = slack.Value;
        _options = options.Value;
        _status = status;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!_slack.SocketModeEnabled)
            return Task.FromResult(HealthCheckResult.Healthy("Socket Mode is off"));

        var disconnectedFor = _status.DisconnectedFor();
        if (disconnectedFor is not { } gap)
            return Task.FromResult(HealthCheckResult.Healthy("Socket Mode is connected"));

        return Task.FromResult(gap > _options.UnhealthyAfterDisconnected
            ? HealthCheckResult.Unhealthy($"Socket Mode has had no connection for {gap.TotalSeconds:F0} s")
            : HealthCheckResult.Healthy($"Socket Mode is reconnecting (no connection for {gap.TotalSeconds:F0} s)"));
    }
}

/// <summary>
/// Which Socket Mode connection is live (has said hello), or since when none is. During a refresh the old
/// connection's end does not count as a gap: only the connection that said hello last can end the live state.
/// </summary>
internal sealed class SocketModeStatus
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private int _live;
    private long _noneSince;

    public SocketModeStatus(TimeProvider time)
    {
        _time = time;
        _noneSince = time.GetTimestamp(); // from start: a bot that never connects becomes unready too
    }

    public void Connected(int connection)
    {
        lock (_lock)
            _live = connection;
    }

    public void Disconnected(int connection)
    {
        lock (_lock)
        {
            if (_live != connection)
                return;
            _live = 0;
            _noneSince = _time.GetTimestamp();
        }
    }

    /// <summary>Null while a connection is live; otherwise how long there has been none.</summary>
    public TimeSpan? DisconnectedFor()
    {
        lock (_lock)
            return _live != 0 ? null : _time.GetElapsedTime(_noneSince);
    }
}
