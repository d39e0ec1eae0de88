using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JourneyBot.TestSupport;

public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <param name="Delay">How long to wait before answering: a slow or hung Slack.</param>
public sealed record FakeResponse(int Status, string Body, string? RetryAfter = null, TimeSpan? Delay = null);

/// <summary>
/// A local stand-in for Slack: <c>POST /api/{method}</c> records each call and answers from a script
/// (or a sensible default), <c>/link/{n}</c> accepts Socket Mode WebSockets the test drives, and
/// <c>POST /upload/{fileId}</c> is the upload URL <c>files.getUploadURLExternal</c> hands out (bytes kept in <see cref="Uploads"/>).
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private readonly ConcurrentDictionary<string, byte[]> _uploads = new();
    private int _links;
    private int _files;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First());

    public Uri ApiBaseUrl => new(BaseUrl, "/api/");

    public IReadOnlyList<RecordedCall> Calls => _calls.ToList();

    public IReadOnlyList<RecordedCall> CallsTo(string method) => _calls.Where(c => c.Method == method).ToList();

    /// <summary>The bytes posted to each upload URL, by file id (a scripted failure keeps nothing).</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads => _uploads;

    /// <summary>The method name upload URL posts are recorded and scripted under.</summary>
    public const string UploadMethod = "upload";

    /// <summary>When set, new sockets get WebSocket ping frames this often, as Slack sends them.</summary>
    public TimeSpan? PingInterval { get; set; }

    public static async Task<FakeSlack> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);

        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.HandleApi);
        app.MapPost("/hooks/{method}", fake.HandleApi);
        app.Map("/link/{n:int}", fake.HandleLink);
        app.MapPost("/upload/{fileId}", fake.HandleUpload);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Answers the next calls to <paramref name="method"/> in order; then the default answer again.</summary>
    public void Script(string method, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
            queue.Enqueue(response);
    }

    public async Task<FakeSocket> NextSocket(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        return await _sockets.Reader.ReadAsync(cts.Token);
    }

    private async Task HandleApi(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        _calls.Enqueue(new RecordedCall(method, context.Request.Headers.Authorization, context.Request.ContentType, body));

        var response = _scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted)
            ? scripted
            : new FakeResponse(200, DefaultAnswer(method));
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the caller gave up
            }
        }
        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
            context.Response.Headers.RetryAfter = response.RetryAfter;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Body);
    }

    private async Task HandleUpload(HttpContext context, string fileId)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes);
        _calls.Enqueue(new RecordedCall(UploadMethod, context.Request.Headers.Authorization, context.Request.ContentType, fileId));
        if (_scripts.TryGetValue(UploadMethod, out var queue) && queue.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            await context.Response.WriteAsync(scripted.Body);
            return;
        }
        _uploads[fileId] = bytes.ToArray();
        await context.Response.WriteAsync($"OK - {bytes.Length}");
    }

    private string DefaultAnswer(string method) => method switch
    {
        "files.getUploadURLExternal" => UploadTicket($"F{Interlocked.Increment(ref _files)}"),
        "files.completeUploadExternal" => """{"ok":true,"files":[]}""",
        "apps.connections.open" => $$"""{"ok":true,"url":"ws://{{BaseUrl.Authority}}/link/{{Interlocked.Increment(ref _links)}}"}""",
        "auth.test" => """{"ok":true,"url":"https://acme.slack.com/","team":"Acme","user":"bot","team_id":"T1","user_id":"UBOT","bot_id":"BBOT"}""",
        "chat.postMessage" => """{"ok":true,"channel":"C1","ts":"1700000000.000300"}""",
        "chat.postEphemeral" => """{"ok":true,"message_ts":"1700000000.000400"}""",
        "views.open" or "views.update" or "views.publish" => """{"ok":true,"view":{"id":"V123"}}""",
        _ => """{"ok":true}""",
    };

    private string UploadTicket(string fileId) =>
        $$"""{"ok":true,"upload_url":"http://{{BaseUrl.Authority}}/upload/{{fileId}}","file_id":"{{fileId}}"}""";

    private async Task HandleLink(HttpContext context, int n)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = PingInterval is { } ping
            ? await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = ping, KeepAliveTimeout = TimeSpan.FromSeconds(30) })
            : await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket, n);
        await _sockets.Writer.WriteAsync(fake);
        await fake.Run(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
