using System.Text;
using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.TestSupport;

/// <summary>A real Kestrel server on 127.0.0.1 with the Slack endpoints mapped onto recording handlers.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789";
    public const string BotToken = "xoxb-test-bot-token";

    private readonly WebApplication _app;

    private SlackTestHost(WebApplication app, Recorder recorder)
    {
        _app = app;
        Recorder = recorder;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public Recorder Recorder { get; }

    public HttpClient Client { get; }

    /// <param name="services">Runs before <c>AddSlack</c>, so a test's TimeProvider or logger provider wins.</param>
    public static async Task<SlackTestHost> Start(Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = BotToken,
        });

        var recorder = new Recorder();
        builder.Services.AddSingleton(recorder);
        services?.Invoke(builder.Services);
        builder.Services.AddSlack().AddRecordingHandlers();

        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        return new SlackTestHost(app, recorder);
    }

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public Task<HttpResponseMessage> PostSigned(
        string path, string body, string mediaType, long? timestamp = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var ts = timestamp ?? Now;
        var request = Request(path, body, mediaType);
        request.Headers.Add(SlackRequestSigner.TimestampHeader, ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestSigner.SignatureHeader, SlackRequestSigner.Sign(SigningSecret, ts, body));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostForm(string path, string body, long? timestamp = null) =>
        PostSigned(path, body, "application/x-www-form-urlencoded", timestamp);

    public Task<HttpResponseMessage> PostJson(string path, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        PostSigned(path, body, "application/json", headers: headers);

    public static HttpRequestMessage Request(string path, string body, string mediaType) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Bodies shaped like Slack's.</summary>
public static class SlackBodies
{
    public static string SlashCommand(string text = "hello", string command = "/demo") =>
        "token=legacy&team_id=T1&team_domain=acme&channel_id=C1&channel_name=general&user_id=U1&user_name=ana"
        + $"&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}"
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A1";

    public static string AppMention(string eventId = "Ev1", string text = "<@UBOT> hi") => $$$"""
        {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"{{{eventId}}}","event_time":1700000000,
         "event":{"type":"app_mention","user":"U1","text":"{{{text}}}","ts":"1700000000.000100","channel":"C1","event_ts":"1700000000.000100"}}
        """;

    public const string BlockActionsJson = """
        {"type":"block_actions","user":{"id":"U1","username":"ana","team_id":"T1"},"team":{"id":"T1"},"channel":{"id":"C1"},
         "container":{"type":"message","message_ts":"1700000000.000200","channel_id":"C1"},"trigger_id":"tr1",
         "response_url":"https://hooks.slack.com/actions/T1/1/x",
         "actions":[{"action_id":"pick","block_id":"b1","value":"option-2","type":"button","action_ts":"1700000001.0"}]}
        """;

    public const string ViewSubmissionJson = """
        {"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"},"trigger_id":"tr2",
         "view":{"id":"V1","callback_id":"feedback","private_metadata":"{\"c\":\"C1\"}","hash":"h1",
          "state":{"values":{
            "note":{"note_input":{"type":"plain_text_input","value":"Great session"}},
            "level":{"level_select":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"High"},"value":"high"}}},
            "topics":{"topics_select":{"type":"multi_static_select","selected_options":[{"value":"a"},{"value":"b"}]}}}}}}
        """;

    public static string InteractionForm(string json) => "payload=" + Uri.EscapeDataString(json);
}
