using System.Text;
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

    // The fields read, in this order, from the form (HTTP) or the JSON payload (Socket Mode).
    private static readonly string[] FieldNames =
    [
        "command", "text", "user_id", "user_name", "team_id", "team_domain", "enterprise_id", "enterprise_name",
        "is_enterprise_install", "channel_id", "channel_name", "response_url", "trigger_id", "api_app_id",
    ];

    private static readonly byte[][] FieldNamesUtf8 = [.. FieldNames.Select(Encoding.ASCII.GetBytes)];

    /// <summary>Parses the url-encoded body Slack posts to the command URL.</summary>
    public static ParseResult<SlashCommand> Parse(ReadOnlySpan<byte> formBody)
    {
        var values = new string?[FieldNames.Length];
        return SlackForm.TryReadFields(formBody, FieldNamesUtf8, values)
            ? FromFields(values)
            : ParseResult<SlashCommand>.Malformed(SlackForm.NotUtf8);
    }

    /// <summary>Parses a Socket Mode payload: the same fields as the form, as a JSON object.</summary>
    public static ParseResult<SlashCommand> Parse(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object ? ParseResult<SlashCommand>.Malformed("slash command payload is not a JSON object")
        : payload.FindInvalidText() is { } invalid ? ParseResult<SlashCommand>.Malformed(invalid)
        : FromFields([.. FieldNames.Select(name => payload.String(name))]);

    private static ParseResult<SlashCommand> FromFields(string?[] fields)
    {
        string? command = fields[0], text = fields[1], userId = fields[2], userName = fields[3], teamId = fields[4],
            teamDomain = fields[5], enterpriseId = fields[6], enterpriseName = fields[7], enterpriseInstall = fields[8],
            channelId = fields[9], channelName = fields[10], responseUrl = fields[11], triggerId = fields[12], apiAppId = fields[13];
        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(teamId))
        {
            var missing = new[] { ("command", command), ("user_id", userId), ("team_id", teamId) }
                .Where(f => string.IsNullOrEmpty(f.Item2)).Select(f => f.Item1);
            return ParseResult<SlashCommand>.Malformed($"slash command is missing {string.Join(", ", missing)}");
        }

        if (!SlackForm.IsUsableResponseUrl(responseUrl))
            return ParseResult<SlashCommand>.Malformed(SlackForm.BadResponseUrl);

        text ??= "";
        if (text.Length > MaxTextLength)
            return ParseResult<SlashCommand>.TooLong($"text is {text.Length} characters; the limit is {MaxTextLength:N0}");

        return ParseResult<SlashCommand>.Ok(new SlashCommand
        {
            Command = command,
            Text = text,
            UserId = userId,
            UserName = userName,
            TeamId = teamId,
            TeamDomain = teamDomain,
            EnterpriseId = NullIfEmpty(enterpriseId),
            EnterpriseName = NullIfEmpty(enterpriseName),
            IsEnterpriseInstall = string.Equals(enterpriseInstall, "true", StringComparison.OrdinalIgnoreCase),
            ChannelId = channelId,
            ChannelName = channelName,
            ResponseUrl = NullIfEmpty(responseUrl),
            TriggerId = NullIfEmpty(triggerId),
            ApiAppId = apiAppId,
        });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
