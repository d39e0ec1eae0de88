using System.Buffers;
using System.Text;
using System.Text.Json;

namespace JourneyBot.Slack.Payloads;

/// <summary>Reads the raw bodies Slack posts: url-encoded forms and JSON.</summary>
public static class SlackForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads an <c>application/x-www-form-urlencoded</c> body straight from its bytes: '+' is a space, %XX a byte,
    /// and each decoded value must be UTF-8. A stray '%' stays as written. Slack never repeats a field; if someone
    /// else does, the first value wins. Runs on every slash command, so it decodes in place without an
    /// intermediate string of the whole body.
    /// </summary>
    public static ParseResult<IReadOnlyDictionary<string, string>> Parse(ReadOnlySpan<byte> body)
    {
        var form = new Dictionary<string, string>(16, StringComparer.Ordinal);
        byte[]? rented = null;
        Span<byte> scratch = body.Length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(body.Length));
        try
        {
            while (!body.IsEmpty)
            {
                var amp = body.IndexOf((byte)'&');
                var pair = amp < 0 ? body : body[..amp];
                body = amp < 0 ? default : body[(amp + 1)..];
                if (pair.IsEmpty) continue;

                var eq = pair.IndexOf((byte)'=');
                var name = Decode(eq < 0 ? pair : pair[..eq], scratch);
                var value = Decode(eq < 0 ? default : pair[(eq + 1)..], scratch);
                if (name is null || value is null)
                    return ParseResult<IReadOnlyDictionary<string, string>>.Malformed("form body is not valid UTF-8");
                if (name.Length > 0) form.TryAdd(name, value);
            }
            return ParseResult<IReadOnlyDictionary<string, string>>.Ok(form);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>One name or value, percent- and plus-decoded, as a string; null when the bytes are not UTF-8.</summary>
    private static string? Decode(ReadOnlySpan<byte> encoded, Span<byte> scratch)
    {
        if (encoded.IsEmpty) return "";
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+') b = (byte)' ';
            else if (b == '%' && i + 2 < encoded.Length && HexValue(encoded[i + 1]) is var hi and >= 0 && HexValue(encoded[i + 2]) is var lo and >= 0)
            {
                b = (byte)((hi << 4) | lo);
                i += 2;
            }
            scratch[length++] = b;
        }
        try
        {
            return StrictUtf8.GetString(scratch[..length]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

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
