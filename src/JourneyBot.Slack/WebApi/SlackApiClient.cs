using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Slack.BlockKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Slack.WebApi;

/// <summary>Who the bot token belongs to (<c>auth.test</c>). The bot ignores messages from <see cref="UserId"/>.</summary>
public sealed record AuthIdentity(string UserId, string? BotId, string TeamId);

/// <summary>
/// Slack Web API client (a typed <see cref="HttpClient"/>). Uses the bot token, except for
/// <c>apps.connections.open</c> which needs the app token. <c>ok:false</c>, a timeout (<c>Slack:ApiTimeoutSeconds</c>)
/// and a refused call become <see cref="SlackApiException"/>. HTTP 429 waits <c>Retry-After</c> and retries a few
/// times, except for <c>views.open</c>: its trigger expires in 3 s, so waiting cannot help and the caller is told at
/// once. Tokens never reach logs or exception messages.
/// </summary>
public sealed partial class SlackApiClient(
    HttpClient http,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackApiClient> logger)
{
    public const int MaxRateLimitRetries = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <returns>The posted message's <c>ts</c>.</returns>
    public async Task<string> PostMessage(SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.Channel))
            throw new ArgumentException("chat.postMessage needs SlackMessage.Channel.", nameof(message));
        var response = await Call("chat.postMessage", ToJson(message), cancellationToken);
        return response.Required("chat.postMessage", "ts");
    }

    /// <returns>The ephemeral message's <c>message_ts</c>.</returns>
    public async Task<string> PostEphemeral(string userId, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.Channel))
            throw new ArgumentException("chat.postEphemeral needs SlackMessage.Channel.", nameof(message));
        var body = ToJson(message);
        body["user"] = userId;
        var response = await Call("chat.postEphemeral", body, cancellationToken);
        return response.Required("chat.postEphemeral", "message_ts");
    }

    /// <returns>The opened view's id.</returns>
    public async Task<string> OpenView(string triggerId, View view, CancellationToken cancellationToken = default)
    {
        var response = await Send("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = ToJson(view) }, options.Value.BotToken,
            cancellationToken, waitOutRateLimits: false);
        return response.ViewId("views.open");
    }

    /// <param name="hash">The submitted view's hash, to refuse the update if the view changed meanwhile.</param>
    public async Task<string> UpdateView(string viewId, View view, string? hash = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = ToJson(view) };
        if (hash is not null)
            body["hash"] = hash;
        var response = await Call("views.update", body, cancellationToken);
        return response.ViewId("views.update");
    }

    /// <summary>Publishes a user's Home tab.</summary>
    public async Task PublishView(string userId, View view, CancellationToken cancellationToken = default) =>
        await Call("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = ToJson(view) }, cancellationToken);

    public async Task<AuthIdentity> AuthTest(CancellationToken cancellationToken = default)
    {
        var response = await Call("auth.test", body: null, cancellationToken);
        return new AuthIdentity(
            response.Required("auth.test", "user_id"), response.Optional("bot_id"), response.Required("auth.test", "team_id"));
    }

    /// <summary>Asks for a Socket Mode WebSocket URL (app token, <c>connections:write</c>).</summary>
    public async Task<Uri> OpenSocketConnection(CancellationToken cancellationToken = default)
    {
        var appToken = options.Value.AppToken;
        if (string.IsNullOrWhiteSpace(appToken))
            throw new InvalidOperationException("Slack:AppToken is not configured; Socket Mode needs the app's xapp- token.");
        var response = await Send("apps.connections.open", null, appToken, cancellationToken);
        var url = response.Required("apps.connections.open", "url");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new SlackApiException("apps.connections.open", "invalid_url");
    }

    /// <summary>Posts a (delayed) reply to a slash command's or an action's <c>response_url</c>. No token is sent there.</summary>
    public async Task PostToResponseUrl(string responseUrl, SlackMessage message, CancellationToken cancellationToken = default)
    {
        if (!HttpUrl.TryParse(responseUrl, out var uri))
            throw new ArgumentException("response_url must be an absolute http(s) URL.", nameof(responseUrl));

        const string method = "response_url";
        using var response = await SendWithRetries(method, waitOutRateLimits: true, () => new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent(ToJson(message)),
        }, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw Fail(method, $"http_{(int)response.StatusCode}");
    }

    /// <summary>Calls any Web API method with the bot token and returns Slack's JSON (already checked for <c>ok</c>).</summary>
    public Task<JsonElement> Call(string method, JsonObject? body, CancellationToken cancellationToken = default) =>
        Send(method, body, options.Value.BotToken, cancellationToken);

    // Slack's read methods and the files upload steps take form fields; a JSON body is accepted by write methods only.
    private static readonly HashSet<string> FormMethods = new(StringComparer.Ordinal)
    {
        "users.lookupByEmail", "users.info", "usergroups.users.list", "files.getUploadURLExternal", "files.completeUploadExternal",
    };

    private static HttpContent ContentFor(string method, JsonObject body) =>
        FormMethods.Contains(method)
            ? new FormUrlEncodedContent(body.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.ToString() ?? "")))
            : JsonContent(body);

    private async Task<JsonElement> Send(string method, JsonObject? body, string token, CancellationToken cancellationToken, bool waitOutRateLimits = true)
    {
        using var response = await SendWithRetries(method, waitOutRateLimits, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, method)
            {
                Content = body is null ? null : ContentFor(method, body),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, cancellationToken);

        if (!response.IsSuccessStatusCode)
            throw Fail(method, $"http_{(int)response.StatusCode}");

        JsonElement root;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Fail(method, "invalid_response_json");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : "unknown_error";
            throw Fail(method, error, ResponseMessages(root));
        }

        return root;
    }

    private async Task<HttpResponseMessage> SendWithRetries(string method, bool waitOutRateLimits, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = createRequest();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                // The inner exception's message names the host at most, never the token.
                LogCallFailed(logger, method, "http_request_failed");
                throw new SlackApiException($"Slack API method '{method}' failed: {ex.Message}", ex);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw Fail(method, "timeout"); // HttpClient.Timeout (Slack:ApiTimeoutSeconds) ran out, not the caller's token
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || !waitOutRateLimits || attempt >= MaxRateLimitRetries)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    LogCallFailed(logger, method, "ratelimited");
                return response;
            }

            var delay = RetryAfter(response);
            response.Dispose();
            LogRateLimited(logger, method, delay.TotalSeconds, attempt + 1);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : (TimeSpan?)null)
            ?? TimeSpan.FromSeconds(1);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    private SlackApiException Fail(string method, string error, IReadOnlyList<string>? details = null)
    {
        LogCallFailed(logger, method, error);
        return new SlackApiException(method, error, details);
    }

    private static List<string> ResponseMessages(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("response_metadata", out var metadata)
        && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("messages", out var messages)
        && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList()
            : [];

    private static JsonObject ToJson<T>(T value) => JsonSerializer.SerializeToNode(value, SlackJson.Options)!.AsObject();

    private static StringContent JsonContent(JsonObject body) =>
        // Slack wants exactly "application/json; charset=utf-8" on write methods.
        new(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");

    [LoggerMessage(LogLevel.Warning, "Slack API {Method} failed: {Error}")]
    private static partial void LogCallFailed(ILogger logger, string method, string error);

    [LoggerMessage(LogLevel.Information, "Slack API {Method} rate limited; retrying in {DelaySeconds} s (retry {Retry})")]
    private static partial void LogRateLimited(ILogger logger, string method, double delaySeconds, int retry);
}

internal static class SlackResponseExtensions
{
    public static string Required(this JsonElement response, string method, string name) =>
        response.Optional(name) ?? throw new SlackApiException(method, $"response_without_{name}");

    public static string? Optional(this JsonElement response, string name) =>
        response.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string ViewId(this JsonElement response, string method) =>
        response.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.Object
            ? view.Required(method, "id")
            : throw new SlackApiException(method, "response_without_view");
}
