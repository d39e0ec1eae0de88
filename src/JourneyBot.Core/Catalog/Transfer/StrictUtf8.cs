using System.Text;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>
/// Reads an import file as UTF-8 or not at all: the usual decoder turns bad bytes into U+FFFD, which would be
/// stored in titles as if the user had typed it. Refusing says which line to fix instead.
/// </summary>
public static class StrictUtf8
{
    private static readonly UTF8Encoding Throwing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, FileProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(bom)) bytes = bytes[bom.Length..];
        try
        {
            return (Throwing.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            // Index is where the bad bytes start; the line is one more than the line feeds before it.
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            return (null, new FileProblem(1 + bytes[..at].Count((byte)'\n'), "not UTF-8"));
        }
    }
}
