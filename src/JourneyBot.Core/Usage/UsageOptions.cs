using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Core.Usage;

/// <summary><c>Usage:*</c>: how usage counts are kept.</summary>
public sealed class UsageOptions
{
    public const string Section = "Usage";

    /// <summary>How often counts gathered in memory are written; also the most a crash can lose.</summary>
    [Range(1, 3600)]
    public int FlushSeconds { get; set; } = 30;
}
