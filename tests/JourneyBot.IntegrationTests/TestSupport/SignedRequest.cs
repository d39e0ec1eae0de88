using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using JourneyBot.Slack.Signing;

namespace JourneyBot.IntegrationTests.TestSupport;

/// <summary>A request to a <c>/slack/*</c> endpoint signed the way Slack signs it (or forged, when told).</summary>
public static class SignedRequest
{
    public static HttpRequestMessage Create(string path, string body, string contentType, long? timestamp = null, string? signature = null, int? retryNum = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackRequestSigner.TimestampHeader, ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, signature ?? SlackRequestSigner.Sign(JourneyBotApp.SigningSecret, ts, body));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return request;
    }
}
