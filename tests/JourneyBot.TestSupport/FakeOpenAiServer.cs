using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.TestSupport;

/// <summary>A local OpenAI-compatible server (Kestrel, 127.0.0.1, any free port) answering chat completions with a canned reply.</summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The assistant message content returned by the "model".</summary>
    public string ReplyContent { get; set; } = """{"stages":[],"personas":[],"use_cases":[],"reason":""}""";

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    /// <summary>The body sent with a non-200 status.</summary>
    public string ErrorBody { get; set; } = """{"error":{"message":"boom","type":"server_error"}}""";

    public Uri BaseUrl { get; private set; } = null!;

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new RecordedRequest(body, context.Request.Headers.Authorization.ToString()));

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = "application/json";
        if (StatusCode != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync(ErrorBody, context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = ReplyContent }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
        }), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Body, string Authorization)
{
    private JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Every message's text, as the model would read it.</summary>
    public string PromptText => string.Join("\n", Json.GetProperty("messages").EnumerateArray()
        .Select(m => m.GetProperty("content") is { ValueKind: JsonValueKind.String } content
            ? content.GetString()
            : string.Join("", m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))));

    public JsonElement Property(string name) => Json.GetProperty(name);
}
