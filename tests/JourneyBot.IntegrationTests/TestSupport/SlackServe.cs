namespace JourneyBot.IntegrationTests.TestSupport;

/// <summary><see cref="ServeProcess"/> as these tests run it: the test secrets and the fake Slack, and signed requests to it.</summary>
public static class SlackServe
{
    /// <summary>Starts <c>serve</c> with the test secrets, the fake Slack and <paramref name="settings"/> (which win).</summary>
    public static ServeProcess Start(FakeSlack slack, IDictionary<string, string?> settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = JourneyBotApp.SigningSecret,
            ["Slack:BotToken"] = JourneyBotApp.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
        };
        foreach (var (key, value) in settings) values[key] = value;
        return ServeProcess.Start(values);
    }

    public static Task<HttpResponseMessage> PostSignedAsync(this ServeProcess serve, string path, string body, string contentType, int? retryNum = null) =>
        serve.Client.SendAsync(SignedRequest.Create(path, body, contentType, retryNum: retryNum));

    public static Task<HttpResponseMessage> CommandAsync(this ServeProcess serve, string text, FakeSlack slack) =>
        serve.PostSignedAsync("/slack/commands", JourneyBotApp.CommandForm(text, responseUrl: new Uri(slack.BaseUrl, "/hooks/commands").AbsoluteUri),
            "application/x-www-form-urlencoded");
}
