using JourneyBot.Core.Catalog.Transfer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.TestSupport;

/// <summary>
/// The real JourneyBot host (the `serve` pipeline) on a temporary SQLite file, talking to a local fake Slack.
/// Requests are signed the way Slack signs them.
/// </summary>
public sealed class JourneyBotApp : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-token-not-real";

    private readonly WebApplicationFactory<Program> _factory;

    private readonly bool _ownsSlackAndFolder;

    private JourneyBotApp(WebApplicationFactory<Program> factory, FakeSlack slack, string folder, bool ownsSlackAndFolder)
    {
        _ownsSlackAndFolder = ownsSlackAndFolder;
        _factory = factory;
        Slack = slack;
        Folder = folder;
        Client = factory.CreateClient();
    }

    public FakeSlack Slack { get; }
    public HttpClient Client { get; }
    public string Folder { get; }
    public IServiceProvider Services => _factory.Services;

    public static async Task<JourneyBotApp> StartAsync(IDictionary<string, string?>? settings = null, string? folder = null, FakeSlack? slack = null,
        Action<IServiceCollection>? services = null)
    {
        var owns = slack is null && folder is null;
        slack ??= await FakeSlack.Start();
        folder ??= Directory.CreateTempSubdirectory("journeybot-it-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(folder, "catalog.db")}",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (k, v) in values) web.UseSetting(k, v);
            if (services is not null) web.ConfigureServices(services);
        });
        var app = new JourneyBotApp(factory, slack, folder, owns);
        await app.WaitForAsync(() => slack.CallsTo("auth.test").Count > 0);
        return app;
    }

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>POSTs a body signed as Slack signs it (or with the given signature/timestamp to forge one).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string? signature = null, int? retryNum = null) =>
        Client.SendAsync(SignedRequest.Create(path, body, contentType, timestamp, signature, retryNum));

    /// <summary>A slash command form; its response_url points at loopback (the fake Slack when given), never at Slack.</summary>
    public static string CommandForm(string text, string user = "U123", string channel = "C123", string? triggerId = "13345224609.738474920.8088930838d88f008e0",
        string responseUrl = "http://127.0.0.1:9/hooks/nowhere") =>
        string.Join('&', new Dictionary<string, string?>
        {
            ["token"] = "legacy", ["team_id"] = "T1", ["team_domain"] = "acme", ["channel_id"] = channel, ["channel_name"] = "gtm-ci-cd",
            ["user_id"] = user, ["user_name"] = "pat", ["command"] = "/journey", ["text"] = text,
            ["response_url"] = responseUrl, ["trigger_id"] = triggerId, ["api_app_id"] = "A1",
        }.Where(kv => kv.Value is not null).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));

    public Task<HttpResponseMessage> CommandAsync(string text, string user = "U123") =>
        PostSignedAsync("/slack/commands", CommandForm(text, user, responseUrl: new Uri(Slack.BaseUrl, "/hooks/commands").AbsoluteUri), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> EventAsync(string json, int? retryNum = null) =>
        PostSignedAsync("/slack/events", json, "application/json", retryNum: retryNum);

    public Task<HttpResponseMessage> InteractionAsync(string payloadJson) =>
        PostSignedAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    public async Task<ImportResult> ImportAsync(string csv)
    {
        using var reader = new StringReader(csv);
        return await Services.GetRequiredService<CatalogImporter>().ImportAsync(reader, CatalogFormat.Csv, new ImportOptions(), CancellationToken.None);
    }

    /// <summary>Waits (bounded) for background work such as an event reply.</summary>
    public async Task WaitForAsync(Func<bool> condition, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("the condition did not become true in time");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsSlackAndFolder) return; // a restart test keeps both for the next instance
        await Slack.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }
}
