using System.Text.Json;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Slack.SocketMode;

/// <summary>One envelope from Slack: a slash command, event or interaction waiting for its ack.</summary>
internal sealed record SocketEnvelope(
    string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int RetryAttempt, string? RetryReason);

internal enum ConnectionEndKind
{
    /// <summary>Slack asked us to move to a new connection (<c>warning</c>, <c>refresh_requested</c>).</summary>
    Refresh,
    /// <summary>The app's Socket Mode link was turned off: reconnecting cannot help.</summary>
    LinkDisabled,
    /// <summary>The socket closed or failed without notice.</summary>
    Dropped,
}

internal sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason);

/// <summary>What one text message from Slack says: hello, disconnect, an envelope, or something we cannot read.</summary>
internal abstract record SocketMessage
{
    public sealed record Hello : SocketMessage;

    public sealed record Disconnect(string Reason) : SocketMessage;

    public sealed record Envelope(SocketEnvelope Value) : SocketMessage;

    public sealed record Unreadable : SocketMessage;

    public static SocketMessage Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new Unreadable();
        }

        var type = root.String("type");
        if (type == "hello")
            return new Hello();
        if (type == "disconnect")
            return new Disconnect(root.String("reason") ?? "unknown");
        if (root.String("envelope_id") is not { } envelopeId || type is null)
            return new Unreadable();

        return new Envelope(new SocketEnvelope(
            envelopeId,
            type,
            root.TryGetProperty("payload", out var payload) ? payload : default,
            root.Boolean("accepts_response_payload"),
            (int)(root.Int64("retry_attempt") ?? 0),
            root.String("retry_reason")));
    }
}
