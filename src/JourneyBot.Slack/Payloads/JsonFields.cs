using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace JourneyBot.Slack.Payloads;

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

    /// <summary>
    /// Why some string or property name in <paramref name="element"/> is not Unicode text (bytes that are not UTF-8,
    /// an escaped lone surrogate), or null when all are. JSON readers accept both and throw only when the string is
    /// read, so payload parsers check once, up front, and refuse the payload instead of failing later.
    /// </summary>
    public static string? FindInvalidText(this JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(JsonMarshal.GetRawUtf8Value(element), element, static e => e.GetString() ?? "");
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsText(JsonMarshal.GetRawUtf8PropertyName(property), property, static p => p.Name) is { } badName)
                        return badName;
                    if (property.Value.FindInvalidText() is { } badValue)
                        return badValue;
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (item.FindInvalidText() is { } badItem)
                        return badItem;
                return null;
            default:
                return null;
        }
    }

    public const string NotUtf8 = "JSON text is not valid UTF-8";
    public const string NotUnicode = "JSON text has an escape that is not valid Unicode (a lone surrogate)";

    // Plain ASCII without escapes (nearly every Slack string) is text as it stands; anything else is read once to be sure.
    private static string? IsText<T>(ReadOnlySpan<byte> raw, T owner, Func<T, string> read)
    {
        if (raw.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 && !raw.Contains((byte)'\\'))
            return null;
        if (!Utf8.IsValid(raw))
            return NotUtf8;
        try
        {
            read(owner);
            return null;
        }
        catch (InvalidOperationException)
        {
            return NotUnicode;
        }
    }
}
