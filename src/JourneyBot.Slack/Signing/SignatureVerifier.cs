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

        var expected = Encoding.ASCII.GetBytes(SlackRequestSigner.Sign(signingSecret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? SignatureVerification.Valid
            : SignatureVerification.Invalid("signature does not match");
    }
}
