using System.Text.Json;

namespace JourneyBot.Slack.Payloads;

/// <summary>What Slack posts to the Events API URL: a <c>url_verification</c> handshake or an <c>event_callback</c>.</summary>
public sealed record EventEnvelope
{
    public const string UrlVerificationType = "url_verification";
    public const string EventCallbackType = "event_callback";

    public required string Type { get; init; }

    /// <summary>Set for <c>url_verification</c>: echo it back.</summary>
    public string? Challenge { get; init; }

    /// <summary>Set for <c>event_callback</c>.</summary>
    public EventCallback? Callback { get; init; }

    public static ParseResult<EventEnvelope> Parse(ReadOnlySpan<byte> json)
    {
        var document = SlackForm.ParseJson(json);
        if (!document.IsSuccess)
            return document.Cast<EventEnvelope>();
        using (document.Value)
            return ParseText(document.Value.RootElement);
    }

    /// <summary>Parses an envelope already read as JSON (Socket Mode's <c>events_api</c> payload).</summary>
    public static ParseResult<EventEnvelope> Parse(JsonElement root) =>
        root.FindInvalidText() is { } invalid ? ParseResult<EventEnvelope>.Malformed(invalid) : ParseText(root);

    // Past the text check: every string in root can be read.
    private static ParseResult<EventEnvelope> ParseText(JsonElement root)
    {
        var type = root.String("type");
        switch (type)
        {
            case null:
                return ParseResult<EventEnvelope>.Malformed("event envelope has no type");
            case UrlVerificationType:
                return root.String("challenge") is { } challenge
                    ? ParseResult<EventEnvelope>.Ok(new EventEnvelope { Type = type, Challenge = challenge })
                    : ParseResult<EventEnvelope>.Malformed("url_verification has no challenge");
            case EventCallbackType:
                var callback = EventCallback.ParseText(root);
                return callback.IsSuccess
                    ? ParseResult<EventEnvelope>.Ok(new EventEnvelope { Type = type, Callback = callback.Value })
                    : callback.Cast<EventEnvelope>();
            default:
                // e.g. app_rate_limited: acknowledged, nothing to dispatch.
                return ParseResult<EventEnvelope>.Ok(new EventEnvelope { Type = type });
        }
    }
}

/// <summary>
/// One delivered event. <see cref="Event"/> holds the raw event; the typed properties are set for the
/// event types we understand (<c>app_mention</c>, <c>message</c>, <c>app_home_opened</c>).
/// </summary>
public sealed record EventCallback
{
    public required string EventId { get; init; }
    public required string TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public long? EventTime { get; init; }

    /// <summary>The inner event's <c>type</c>, e.g. <c>app_mention</c>.</summary>
    public required string EventType { get; init; }

    public required JsonElement Event { get; init; }

    public AppMention? AppMention { get; init; }
    public MessageEvent? Message { get; init; }
    public AppHomeOpened? AppHomeOpened { get; init; }

    public static ParseResult<EventCallback> Parse(JsonElement root) =>
        root.FindInvalidText() is { } invalid ? ParseResult<EventCallback>.Malformed(invalid) : ParseText(root);

    internal static ParseResult<EventCallback> ParseText(JsonElement root)
    {
        var eventId = root.String("event_id");
        var teamId = root.String("team_id");
        var inner = root.Object("event");
        var eventType = inner?.String("type");
        if (eventId is null || teamId is null || inner is null || eventType is null)
            return ParseResult<EventCallback>.Malformed("event_callback needs event_id, team_id and an event with a type");

        var @event = inner.Value.Clone(); // outlives the parsed document
        AppMention? mention;
        MessageEvent? message;
        AppHomeOpened? opened;
        try
        {
            mention = eventType == "app_mention" ? @event.Deserialize<AppMention>(SlackJson.Options) : null;
            message = eventType == "message" ? @event.Deserialize<MessageEvent>(SlackJson.Options) : null;
            opened = eventType == "app_home_opened" ? @event.Deserialize<AppHomeOpened>(SlackJson.Options) : null;
        }
        catch (JsonException ex)
        {
            return ParseResult<EventCallback>.Malformed($"{eventType} event has an unexpected shape: {ex.Message}");
        }

        // The deserializer lets an explicit null (or "") through where a field is required; what a reply needs is checked here.
        if (mention is { Channel: null or "" } or { Ts: null or "" } || message is { Channel: null or "" } || opened is { User: null or "" })
            return ParseResult<EventCallback>.Malformed($"{eventType} event lacks the channel, ts or user it is answered by");

        return ParseResult<EventCallback>.Ok(new EventCallback
        {
            EventId = eventId,
            TeamId = teamId,
            ApiAppId = root.String("api_app_id"),
            EventTime = root.Int64("event_time"),
            EventType = eventType,
            Event = @event,
            AppMention = mention is { Text: null } ? mention with { Text = "" } : mention,
            Message = message,
            AppHomeOpened = opened,
        });
    }
}

/// <summary>The bot was mentioned in a channel: <c>text</c> starts with <c>&lt;@BOT&gt;</c>.</summary>
public sealed record AppMention
{
    public required string Channel { get; init; }
    public required string Ts { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string Text { get; init; } = "";
    public string? ThreadTs { get; init; }
    public string? EventTs { get; init; }

    /// <summary>Where a reply belongs: the mention's thread, or a new thread under the mention.</summary>
    public string ReplyThreadTs => ThreadTs ?? Ts;
}

/// <summary>A <c>message</c> event (DMs arrive with <c>channel_type</c> <c>im</c>).</summary>
public sealed record MessageEvent
{
    public required string Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Subtype { get; init; }
    public string? BotId { get; init; }
    public string? User { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }

    public bool IsDirectMessage => ChannelType == "im";

    /// <summary>
    /// True for anything a bot must not answer: bot posts and edits, deletions and other subtypes.
    /// (Also compare <see cref="User"/> with the bot's own user id from auth.test.)
    /// </summary>
    public bool IsFromBotOrSystem => BotId is not null || Subtype is not null;
}

public sealed record AppHomeOpened
{
    public required string User { get; init; }
    public string? Channel { get; init; }
    public string? Tab { get; init; }

    public bool IsHomeTab => Tab == "home";
}
