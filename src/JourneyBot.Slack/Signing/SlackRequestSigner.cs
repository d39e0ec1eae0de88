using System.Security.Cryptography;
using System.Text;

namespace JourneyBot.Slack.Signing;

/// <summary>
/// Signs a request body the way Slack does (<c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>).
/// Used by the verifier and by tests and benchmarks that play Slack.
/// </summary>
public static class SlackRequestSigner
{
    public const string Version = "v0";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public static string Sign(string signingSecret, long timestamp, string body) =>
        Sign(signingSecret, timestamp, Encoding.UTF8.GetBytes(body));

    public static string Sign(string signingSecret, long timestamp, ReadOnlySpan<byte> body) =>
        Sign(signingSecret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), body);

    internal static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        // The base string is built on bytes so the body is hashed exactly as received.
        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var baseString = new byte[prefix.Length + body.Length];
        prefix.CopyTo(baseString, 0);
        body.CopyTo(baseString.AsSpan(prefix.Length));

        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), baseString);
        return $"{Version}={Convert.ToHexStringLower(hash)}";
    }
}
