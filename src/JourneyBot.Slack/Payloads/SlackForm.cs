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
    /// and each decoded name and value must be UTF-8. A stray '%' stays as written. Slack never repeats a field;
    /// if someone else does, the first value wins.
    /// </summary>
    public static ParseResult<IReadOnlyDictionary<string, string>> Parse(ReadOnlySpan<byte> body)
    {
        var form = new Dictionary<string, string>(16, StringComparer.Ordinal);
        byte[]? rented = null;
        var scratch = Scratch(body, stackalloc byte[StackScratch], ref rented);
        try
        {
            for (var pairs = new Pairs(body); pairs.MoveNext();)
            {
                var name = Decode(pairs.Name, scratch);
                var value = Decode(pairs.Value, scratch);
                if (name is null || value is null)
                    return ParseResult<IReadOnlyDictionary<string, string>>.Malformed(NotUtf8);
                if (name.Length > 0) form.TryAdd(name, value);
            }
            return ParseResult<IReadOnlyDictionary<string, string>>.Ok(form);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads just the fields named in <paramref name="names"/> (ASCII) into <paramref name="values"/>, same order,
    /// decoded as <see cref="Parse"/> does; other fields are skipped undecoded. For the slash command form, read on
    /// every command: no dictionary, no strings for names. False when a name or a wanted value is not UTF-8.
    /// </summary>
    public static bool TryReadFields(ReadOnlySpan<byte> body, IReadOnlyList<byte[]> names, string?[] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != names.Count) throw new ArgumentException("one value slot per name is needed", nameof(values));
        byte[]? rented = null;
        var scratch = Scratch(body, stackalloc byte[StackScratch], ref rented);
        try
        {
            for (var pairs = new Pairs(body); pairs.MoveNext();)
            {
                var name = scratch[..Unescape(pairs.Name, scratch)];
                if (!System.Text.Unicode.Utf8.IsValid(name)) return false;
                var index = IndexOf(names, name);
                if (index < 0 || values[index] is not null) continue;
                if ((values[index] = Decode(pairs.Value, scratch)) is null) return false;
            }
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public const string NotUtf8 = "form body is not valid UTF-8";

    /// <summary>
    /// A <c>response_url</c> is posted to later (after the acknowledgement), so one that could never be posted to is
    /// refused with the payload, as the Web API client would refuse it: absent (null or empty) is fine.
    /// </summary>
    internal static bool IsUsableResponseUrl(string? url) =>
        string.IsNullOrEmpty(url) || HttpUrl.TryParse(url, out _);

    internal const string BadResponseUrl = "response_url is not an absolute http(s) URL";

    private const int StackScratch = 1024;

    // Decoded text is never longer than its encoding: the body's length is always enough.
    private static Span<byte> Scratch(ReadOnlySpan<byte> body, Span<byte> onStack, ref byte[]? rented) =>
        body.Length <= onStack.Length ? onStack : (rented = ArrayPool<byte>.Shared.Rent(body.Length));

    private static int IndexOf(IReadOnlyList<byte[]> names, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < names.Count; i++)
            if (name.SequenceEqual(names[i])) return i;
        return -1;
    }

    /// <summary>The name=value pairs of a form body, still encoded; empty pairs ("&amp;&amp;") skipped.</summary>
    private ref struct Pairs(ReadOnlySpan<byte> body)
    {
        private ReadOnlySpan<byte> _rest = body;

        public ReadOnlySpan<byte> Name { get; private set; }
        public ReadOnlySpan<byte> Value { get; private set; }

        public bool MoveNext()
        {
            while (!_rest.IsEmpty)
            {
                var amp = _rest.IndexOf((byte)'&');
                var pair = amp < 0 ? _rest : _rest[..amp];
                _rest = amp < 0 ? default : _rest[(amp + 1)..];
                if (pair.IsEmpty) continue;
                var eq = pair.IndexOf((byte)'=');
                Name = eq < 0 ? pair : pair[..eq];
                Value = eq < 0 ? default : pair[(eq + 1)..];
                return true;
            }
            return false;
        }
    }

    /// <summary>One name or value, percent- and plus-decoded, as a string; null when the bytes are not UTF-8.</summary>
    private static string? Decode(ReadOnlySpan<byte> encoded, Span<byte> scratch)
    {
        if (encoded.IsEmpty) return "";
        try
        {
            return StrictUtf8.GetString(scratch[..Unescape(encoded, scratch)]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes the bytes <paramref name="encoded"/> stands for into <paramref name="scratch"/>; returns their count.</summary>
    private static int Unescape(ReadOnlySpan<byte> encoded, Span<byte> scratch)
    {
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
        return length;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Parses a JSON body. Every string in a document it returns can be read: text that is not Unicode (see
    /// <see cref="JsonFields.FindInvalidText"/>) is refused here, since reading it later would throw.
    /// </summary>
    public static ParseResult<JsonDocument> ParseJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!JsonDocument.TryParseValue(ref reader, out var document))
                return ParseResult<JsonDocument>.Malformed("body is empty");
            if (document.RootElement.FindInvalidText() is not { } invalid)
                return ParseResult<JsonDocument>.Ok(document);
            document.Dispose();
            return ParseResult<JsonDocument>.Malformed(invalid);
        }
        catch (JsonException ex)
        {
            return ParseResult<JsonDocument>.Malformed($"body is not valid JSON: {ex.Message}");
        }
    }
}
