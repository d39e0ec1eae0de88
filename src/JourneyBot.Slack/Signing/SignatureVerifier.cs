using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JourneyBot.Slack.Signing;

/// <summary>Outcome of a signature check. <see cref="Reason"/> is safe to log: it never holds the secret.</summary>
public sealed record SignatureVerification(bool IsValid, string Reason)
{
    public static SignatureVerification Valid { get; } = new(true, "valid");

    public static SignatureVerification Invalid(string reason) => new(false, reason);
}

/// <summary>
/// Checks <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature</c> against the raw body.
/// Requests more than five minutes away from now (either way) are refused so a captured request cannot be replayed.
/// </summary>
public sealed class SignatureVerifier(string? signingSecret, TimeProvider timeProvider)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    // Every request is hashed with the same key: one keyed HMAC per thread, reset after each use, costs about
    // half of keying a new one per request. IncrementalHash is not thread-safe, hence one per thread.
    private readonly ThreadLocal<IncrementalHash> _hmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret ?? "")));

    public SignatureVerification Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        // A blank secret is no secret: anyone could sign with it. Refuse everything rather than trust it.
        if (string.IsNullOrWhiteSpace(signingSecret))
            return SignatureVerification.Invalid("no signing secret is configured (Slack:SigningSecret)");
        if (string.IsNullOrEmpty(timestamp))
            return SignatureVerification.Invalid($"missing {SlackRequestSigner.TimestampHeader} header");
        if (string.IsNullOrEmpty(signature))
            return SignatureVerification.Invalid($"missing {SlackRequestSigner.SignatureHeader} header");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureVerification.Invalid("timestamp is not a number");

        var age = timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (age > MaxClockSkew.TotalSeconds)
            return SignatureVerification.Invalid($"timestamp is {age} s old (limit {MaxClockSkew.TotalSeconds} s)");
        if (-age > MaxClockSkew.TotalSeconds)
            return SignatureVerification.Invalid($"timestamp is {-age} s in the future (limit {MaxClockSkew.TotalSeconds} s)");

        if (!signature.StartsWith(SlackRequestSigner.Version + "=", StringComparison.Ordinal))
            return SignatureVerification.Invalid("unknown signature version");

        return Matches(timestamp, signature, body)
            ? SignatureVerification.Valid
            : SignatureVerification.Invalid("signature does not match");
    }

    // Lowercase hex, as Slack writes the digest: anything else cannot match and is refused before hashing.
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    // Bodies up to this size are hashed from the stack; larger ones (events, view submissions) from a pooled array.
    private const int StackBuffer = 2048;

    // The same check as comparing with SlackRequestSigner.Sign(...), without building strings on every request:
    // HMAC-SHA256 of "v0:{timestamp}:{body}" compared with the signature's hex digits decoded. The message is
    // hashed in one call (each call into OpenSSL has a fixed cost), and the comparison is the BCL's constant-time
    // one over the 32 digest bytes: it runs unoptimised on purpose, so its cost grows with what it compares.
    private bool Matches(string timestamp, string signature, ReadOnlySpan<byte> body)
    {
        var digits = signature.AsSpan(SlackRequestSigner.Version.Length + 1);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (digits.Length != 2 * HMACSHA256.HashSizeInBytes || digits.ContainsAnyExcept(LowerHex)
            || Convert.FromHexString(digits, given, out _, out _) != System.Buffers.OperationStatus.Done)
            return false;

        var length = SlackRequestSigner.Version.Length + timestamp.Length + 2 + body.Length;
        byte[]? rented = null;
        var message = length <= StackBuffer ? stackalloc byte[length] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        var at = Encoding.ASCII.GetBytes(SlackRequestSigner.Version, message);
        message[at++] = (byte)':';
        at += Encoding.ASCII.GetBytes(timestamp, message[at..]);
        message[at++] = (byte)':';
        body.CopyTo(message[at..]);

        var hmac = _hmac.Value!;
        hmac.AppendData(message);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.GetHashAndReset(hash);
        if (rented is not null)
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return CryptographicOperations.FixedTimeEquals(hash, given);
    }
}
