using System.Text.Json.Serialization;

namespace JourneyBot.Slack.BlockKit;

public enum ResponseType
{
    /// <summary>Only the person who ran the command sees it (Slack's default).</summary>
    [JsonStringEnumMemberName("ephemeral")] Ephemeral,
    [JsonStringEnumMemberName("in_channel")] InChannel,
}

/// <summary>
/// A message: a slash command reply, a <c>response_url</c> post, or <c>chat.postMessage</c> arguments.
/// <see cref="Text"/> is the notification fallback and should always be set.
/// </summary>
public sealed record SlackMessage
{
    public ResponseType? ResponseType { get; init; }
    public string? Channel { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<Block>? Blocks { get; init; }
    public string? ThreadTs { get; init; }
    public bool? ReplaceOriginal { get; init; }
    public bool? DeleteOriginal { get; init; }
    public bool? UnfurlLinks { get; init; }

    public static SlackMessage Ephemeral(string text, IReadOnlyList<Block>? blocks = null) =>
        new() { ResponseType = BlockKit.ResponseType.Ephemeral, Text = text, Blocks = blocks };

    public static SlackMessage InChannel(string text, IReadOnlyList<Block>? blocks = null) =>
        new() { ResponseType = BlockKit.ResponseType.InChannel, Text = text, Blocks = blocks };
}
