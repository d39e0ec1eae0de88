using System.Text;
using JourneyBot.Slack.Signing;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Slack.Tests.Signing;

public sealed class SignatureVerifierTests
{
    // Slack's documented example (api.slack.com/authentication/verifying-requests-from-slack).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Body);

    private static SignatureVerifier VerifierAt(long unixSeconds, string? secret = Secret) =>
        new(secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    private static SignatureVerifier VerifierAtVectorTime() => VerifierAt(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Documented_vector_is_valid_when_the_clock_reads_its_timestamp()
    {
        var result = VerifierAtVectorTime().Verify(Timestamp, Signature, BodyBytes);

        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public void Signer_reproduces_the_documented_signature()
    {
        Assert.Equal(Signature, SlackRequestSigner.Sign(Secret, 1531420618, Body));
    }

    [Fact]
    public void Forged_signature_is_rejected()
    {
        var forged = Signature[..^1] + "4";

        var result = VerifierAtVectorTime().Verify(Timestamp, forged, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Equal("signature does not match", result.Reason);
    }

    [Theory]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")] // the right digest, upper case
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")] // one digit short
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5030")] // one digit more
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50g")] // not hex
    [InlineData("v0=")]
    public void Signature_that_is_not_64_lowercase_hex_digits_is_rejected(string signature)
    {
        var result = VerifierAtVectorTime().Verify(Timestamp, signature, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Equal("signature does not match", result.Reason);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(40_000)] // past the stack buffer: hashed from a pooled array
    public void Bodies_of_any_size_are_checked_in_full(int size)
    {
        var body = new string('x', size);
        var signature = SlackRequestSigner.Sign(Secret, 1531420618, body);
        var verifier = VerifierAtVectorTime();

        Assert.True(verifier.Verify(Timestamp, signature, Encoding.UTF8.GetBytes(body)).IsValid);
        Assert.False(verifier.Verify(Timestamp, signature, Encoding.UTF8.GetBytes(body[..^1] + "y")).IsValid);
        Assert.True(verifier.Verify(Timestamp, signature, Encoding.UTF8.GetBytes(body)).IsValid); // a reused HMAC starts clean
    }

    [Fact]
    public void Tampered_body_is_rejected()
    {
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("roadrunner", "coyote", StringComparison.Ordinal));

        Assert.False(VerifierAtVectorTime().Verify(Timestamp, Signature, tampered).IsValid);
    }

    [Fact]
    public void Signature_made_with_another_secret_is_rejected()
    {
        var other = SlackRequestSigner.Sign("another-secret", 1531420618, Body);

        Assert.False(VerifierAtVectorTime().Verify(Timestamp, other, BodyBytes).IsValid);
    }

    [Fact]
    public void Timestamp_more_than_five_minutes_old_is_rejected_even_with_a_valid_signature()
    {
        var result = VerifierAt(1531420618 + 301).Verify(Timestamp, Signature, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Contains("old", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_exactly_five_minutes_old_is_still_accepted()
    {
        Assert.True(VerifierAt(1531420618 + 300).Verify(Timestamp, Signature, BodyBytes).IsValid);
    }

    [Fact]
    public void Timestamp_more_than_five_minutes_in_the_future_is_rejected()
    {
        var result = VerifierAt(1531420618 - 301).Verify(Timestamp, Signature, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Contains("future", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_timestamp_header_is_rejected()
    {
        var result = VerifierAtVectorTime().Verify(null, Signature, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Contains(SlackRequestSigner.TimestampHeader, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_signature_header_is_rejected()
    {
        var result = VerifierAtVectorTime().Verify(Timestamp, null, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Contains(SlackRequestSigner.SignatureHeader, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618.5")]
    public void Non_numeric_timestamp_is_rejected(string timestamp)
    {
        var result = VerifierAtVectorTime().Verify(timestamp, Signature, BodyBytes);

        Assert.False(result.IsValid);
        Assert.Equal("timestamp is not a number", result.Reason);
    }

    [Fact]
    public void Unknown_signature_version_is_rejected()
    {
        var result = VerifierAtVectorTime().Verify(Timestamp, "v1=" + Signature[3..], BodyBytes);

        Assert.False(result.IsValid);
        Assert.Equal("unknown signature version", result.Reason);
    }

    [Fact]
    public void Without_a_configured_secret_every_request_is_rejected()
    {
        Assert.False(VerifierAt(1531420618, secret: null).Verify(Timestamp, Signature, BodyBytes).IsValid);
    }

    [Fact]
    public void Rejection_reasons_never_contain_the_secret()
    {
        var verifier = VerifierAtVectorTime();
        var reasons = new[]
        {
            verifier.Verify(Timestamp, Signature[..^1] + "0", BodyBytes).Reason,
            verifier.Verify("1", Signature, BodyBytes).Reason,
            verifier.Verify(Timestamp, "v9=x", BodyBytes).Reason,
        };

        Assert.All(reasons, reason => Assert.DoesNotContain(Secret, reason, StringComparison.Ordinal));
    }
}
