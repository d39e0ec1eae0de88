using JourneyBot.Slack.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.Tests.Signing;

/// <summary><c>Slack:SigningSecret</c> as <c>AddSlack</c> validates it at start.</summary>
public sealed class SigningSecretValidationTests
{
    private static SlackOptions Options(string? signingSecret, string? appToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = signingSecret, ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = appToken,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddSlack();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("xapp-1-socket")]
    public void A_whitespace_signing_secret_is_refused_in_every_mode(string? appToken)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(" ", appToken));

        Assert.Contains("Slack:SigningSecret", error.Message);
        Assert.Contains("whitespace", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Socket_mode_needs_no_signing_secret(string? signingSecret)
    {
        Assert.True(Options(signingSecret, "xapp-1-socket").SocketModeEnabled);
    }

    [Fact]
    public void A_verifier_with_a_whitespace_secret_refuses_a_request_signed_with_it()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var verifier = new SignatureVerifier(" ", new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now));
        var body = "text=hi"u8.ToArray();

        var result = verifier.Verify("1700000000", SlackRequestSigner.Sign(" ", 1_700_000_000, "text=hi"), body);

        Assert.False(result.IsValid);
        Assert.Contains("no signing secret", result.Reason);
    }
}
