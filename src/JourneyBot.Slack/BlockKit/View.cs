using System.Text.Json.Serialization;

namespace JourneyBot.Slack.BlockKit;

public enum ViewType
{
    [JsonStringEnumMemberName("modal")] Modal,
    [JsonStringEnumMemberName("home")] Home,
}

/// <summary>A modal (<c>views.open</c> / <c>views.update</c>) or a Home tab (<c>views.publish</c>).</summary>
public sealed record View
{
    public required ViewType Type { get; init; }
    public string? CallbackId { get; init; }
    public PlainText? Title { get; init; }
    public PlainText? Submit { get; init; }
    public PlainText? Close { get; init; }

    /// <summary>Round-trips to the submission untouched; up to 3,000 characters.</summary>
    public string? PrivateMetadata { get; init; }

    public string? ExternalId { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
}
