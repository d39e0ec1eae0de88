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
        if (string.IsNullOrEmpty(signingSecret))
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

    // The same check as comparing with SlackRequestSigner.Sign(...), without building strings on every request:
    // HMAC-SHA256 of "v0:{timestamp}:{body}", then "v0=" + lowercase hex compared in constant time.
    private bool Matches(string timestamp, string signature, ReadOnlySpan<byte> body)
    {
        Span<byte> prefix = stackalloc byte[SlackRequestSigner.Version.Length + 2 + timestamp.Length];
        var at = Encoding.ASCII.GetBytes(SlackRequestSigner.Version, prefix);
        prefix[at++] = (byte)':';
        at += Encoding.ASCII.GetBytes(timestamp, prefix[at..]);
        prefix[at++] = (byte)':';
        var hmac = _hmac.Value!;
        hmac.AppendData(prefix[..at]);
        hmac.AppendData(body);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.GetHashAndReset(hash);

        Span<char> expected = stackalloc char[SlackRequestSigner.Version.Length + 1 + 2 * HMACSHA256.HashSizeInBytes];
        SlackRequestSigner.Version.CopyTo(expected);
        expected[SlackRequestSigner.Version.Length] = '=';
        Convert.TryToHexStringLower(hash, expected[(SlackRequestSigner.Version.Length + 1)..], out _);
        // Chars rather than ASCII bytes: a non-ASCII character never equals a hex digit either way.
        return CryptographicOperations.FixedTimeEquals(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(expected),
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(signature.AsSpan()));
    }
}
