using System.Text.Json;

namespace JourneyBot.Slack.Payloads;

/// <summary>A slash command invocation (HTTP form post, or a Socket Mode <c>slash_commands</c> payload).</summary>
public sealed record SlashCommand
{
    /// <summary>Longest <c>text</c> we accept; anything longer is refused with a message, not processed.</summary>
    public const int MaxTextLength = 10_000;

    public required string Command { get; init; }
    public string Text { get; init; } = "";
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    public required string TeamId { get; init; }
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public string? EnterpriseName { get; init; }
    public bool IsEnterpriseInstall { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Parses the url-encoded body Slack posts to the command URL.</summary>
    public static ParseResult<SlashCommand> Parse(ReadOnlySpan<byte> formBody)
    {
        var form = SlackForm.Parse(formBody);
        return form.IsSuccess ? FromFields(name => form.Value.GetValueOrDefault(name)) : form.Cast<SlashCommand>();
    }

    /// <summary>Parses a Socket Mode payload: the same fields as the form, as a JSON object.</summary>
    public static ParseResult<SlashCommand> Parse(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object
            ? FromFields(name => payload.String(name))
            : ParseResult<SlashCommand>.Malformed("slash command payload is not a JSON object");

    private static ParseResult<SlashCommand> FromFields(Func<string, string?> field)
    {
        var missing = new[] { "command", "user_id", "team_id" }.Where(name => string.IsNullOrEmpty(field(name))).ToList();
        if (missing.Count > 0)
            return ParseResult<SlashCommand>.Malformed($"slash command is missing {string.Join(", ", missing)}");

        var text = field("text") ?? "";
        if (text.Length > MaxTextLength)
            return ParseResult<SlashCommand>.TooLong($"text is {text.Length} characters; the limit is {MaxTextLength:N0}");

        return ParseResult<SlashCommand>.Ok(new SlashCommand
        {
            Command = field("command")!,
            Text = text,
            UserId = field("user_id")!,
            UserName = field("user_name"),
            TeamId = field("team_id")!,
            TeamDomain = field("team_domain"),
            EnterpriseId = NullIfEmpty(field("enterprise_id")),
            EnterpriseName = NullIfEmpty(field("enterprise_name")),
            IsEnterpriseInstall = string.Equals(field("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase),
            ChannelId = field("channel_id"),
            ChannelName = field("channel_name"),
            ResponseUrl = NullIfEmpty(field("response_url")),
            TriggerId = NullIfEmpty(field("trigger_id")),
            ApiAppId = field("api_app_id"),
        });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
