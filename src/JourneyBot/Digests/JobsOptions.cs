using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Digests;

/// <summary>The job server (Hangfire), bound from the <c>Jobs</c> section. Used by <c>serve</c> only.</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";
    public const string InMemory = "InMemory";
    public const string Postgres = "Postgres";

    /// <summary><c>InMemory</c> (the default, one instance) or <c>Postgres</c> (the catalog's database, shared by every instance).</summary>
    public string Storage { get; set; } = InMemory;

    /// <summary>With both set, the dashboard at <c>/jobs</c> asks everyone for HTTP Basic credentials; otherwise it is localhost-only.</summary>
    public string? DashboardUser { get; set; }
    public string? DashboardPassword { get; set; }

    /// <summary>
    /// Host names (no port) the dashboard answers to; any other <c>Host</c> header gets 400, so a page that rebinds its
    /// own name to this machine cannot reach it. Unset: <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c>.
    /// </summary>
    public string[]? DashboardAllowedHosts { get; set; }

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often the server looks for scheduled jobs (retries are scheduled jobs).</summary>
    [Range(1, 3600)]
    public int SchedulePollingSeconds { get; set; } = 15;

    /// <summary>Waits before each retry of a failed digest; one retry per entry. Unset: 1, 5, 15, 60 and 240 minutes.</summary>
    public int[]? RetryDelaysSeconds { get; set; }

    /// <summary>Slack allows about one message per second per channel.</summary>
    [Range(0, 60_000)]
    public int ChannelPostIntervalMilliseconds { get; set; } = 1100;

    /// <summary>The workspace-wide cap on our posts (Slack's is several hundred a minute).</summary>
    [Range(1, 10_000)]
    public int WorkspacePostsPerMinute { get; set; } = 300;

    public bool HasDashboardCredentials => !string.IsNullOrEmpty(DashboardUser) && !string.IsNullOrEmpty(DashboardPassword);

    public IReadOnlyList<string> DashboardHosts => DashboardAllowedHosts is { Length: > 0 } hosts ? hosts : ["localhost", "127.0.0.1", "[::1]"];

    public IReadOnlyList<int> RetryDelays => RetryDelaysSeconds is { Length: > 0 } delays ? delays : [60, 300, 900, 3600, 14400];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Storage.Equals(InMemory, StringComparison.OrdinalIgnoreCase) && !Storage.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult(
                $"{Section}:{nameof(Storage)}='{Storage}' is unknown; use {InMemory} or {Postgres}.", [nameof(Storage)]);
        if (string.IsNullOrEmpty(DashboardUser) != string.IsNullOrEmpty(DashboardPassword))
            yield return new ValidationResult(
                $"Set both {Section}:{nameof(DashboardUser)} and {Section}:{nameof(DashboardPassword)} to protect the dashboard, or neither for localhost-only access.",
                [nameof(DashboardUser), nameof(DashboardPassword)]);
        if (DashboardAllowedHosts is { } names && names.Any(n => string.IsNullOrWhiteSpace(n) || n.Contains('*', StringComparison.Ordinal) || (n.Contains(':', StringComparison.Ordinal) && !n.StartsWith('['))))
            yield return new ValidationResult(
                $"{Section}:{nameof(DashboardAllowedHosts)} takes exact host names without a port (no wildcards).", [nameof(DashboardAllowedHosts)]);
        if (RetryDelaysSeconds is { } delays && delays.Any(d => d < 0))
            yield return new ValidationResult($"{Section}:{nameof(RetryDelaysSeconds)} must not be negative.", [nameof(RetryDelaysSeconds)]);
    }
}
