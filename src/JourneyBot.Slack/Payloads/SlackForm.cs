using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace JourneyBot.Slack.Payloads;

/// <summary>Reads the raw bodies Slack posts: url-encoded forms and JSON.</summary>
public static class SlackForm
{
    public static ParseResult<IReadOnlyDictionary<string, string>> Parse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return ParseResult<IReadOnlyDictionary<string, string>>.Malformed("form body is not valid UTF-8");
        }

        try
        {
            using var reader = new FormReader(text); // Dispose returns its pooled buffer
            var fields = reader.ReadForm();
            // Slack never repeats a field; keep the first value if someone else does.
            var form = fields.ToDictionary(f => f.Key, f => f.Value.Count > 0 ? f.Value[0] ?? "" : "", StringComparer.Ordinal);
            return ParseResult<IReadOnlyDictionary<string, string>>.Ok(form);
        }
        catch (InvalidDataException ex)
        {
            return ParseResult<IReadOnlyDictionary<string, string>>.Malformed($"form body is not valid: {ex.Message}");
        }
    }

    public static ParseResult<JsonDocument> ParseJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            return JsonDocument.TryParseValue(ref reader, out var document)
                ? ParseResult<JsonDocument>.Ok(document)
                : ParseResult<JsonDocument>.Malformed("body is empty");
        }
        catch (JsonException ex)
        {
            return ParseResult<JsonDocument>.Malformed($"body is not valid JSON: {ex.Message}");
        }
    }
}

/// <summary>Null-tolerant readers over payload JSON: a missing or mistyped field reads as null.</summary>
internal static class JsonFields
{
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? String(this JsonElement element, string parent, string name) =>
        element.Object(parent) is { } child ? child.String(name) : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static JsonElement? Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Array
            ? value
            : null;

    public static long? Int64(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var number)
            ? number
            : null;

    public static bool Boolean(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.True;
}
