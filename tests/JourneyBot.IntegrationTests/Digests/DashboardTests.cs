using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Digests;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Digests;

/// <summary>
/// The Hangfire dashboard at /jobs: localhost only, or HTTP Basic for everyone when credentials are set; changes need an
/// anti-forgery token and credentials; only the configured host names are served.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");
    private FakeSlack _slack = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.Start();
        _folder = Directory.CreateTempSubdirectory("journeybot-it-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    private WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Catalog", $"Data Source={Path.Combine(_folder, "catalog.db")}");
            web.UseSetting("Slack:SigningSecret", JourneyBotApp.SigningSecret);
            web.UseSetting("Slack:BotToken", JourneyBotApp.BotToken);
            web.UseSetting("Slack:ApiBaseUrl", _slack.ApiBaseUrl.AbsoluteUri);
            web.UseSetting("Jobs:ChannelPostIntervalMilliseconds", "0");
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });

    private static Task<HttpContext> GetJobsAsync(WebApplicationFactory<Program> factory, IPAddress? from, string? authorization = null, string? host = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/jobs";
            context.Connection.RemoteIpAddress = from;
            if (authorization is not null) context.Request.Headers.Authorization = authorization;
            if (host is not null) context.Request.Host = new HostString(host);
        });

    /// <summary>What a browser holds after opening the recurring-jobs page: the anti-forgery cookie and the page's token.</summary>
    private sealed record PageTokens(string Cookie, string Header, string Token);

    private static async Task<PageTokens> OpenRecurringPageAsync(WebApplicationFactory<Program> factory, string? authorization)
    {
        var page = await factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/jobs/recurring";
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            if (authorization is not null) context.Request.Headers.Authorization = authorization;
        });
        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();
        var cookie = page.Response.Headers.SetCookie.ToString().Split(';')[0];
        return new PageTokens(cookie, Meta(html, "csrf-header"), Meta(html, "csrf-token"));
    }

    /// <summary>The dashboard's "Trigger now" button: a form POST naming the recurring job.</summary>
    private static Task<HttpContext> TriggerAsync(WebApplicationFactory<Program> factory, int subscriptionId, string? authorization,
        PageTokens? tokens = null, string? origin = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "POST";
            context.Request.Path = "/jobs/recurring/trigger";
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            if (authorization is not null) context.Request.Headers.Authorization = authorization;
            if (origin is not null) context.Request.Headers.Origin = origin;
            if (tokens is not null)
            {
                context.Request.Headers.Cookie = tokens.Cookie;
                context.Request.Headers[tokens.Header] = tokens.Token;
            }
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("jobs%5B%5D=" + Uri.EscapeDataString(DigestJob.JobId(subscriptionId))));
        });

    private static string Meta(string html, string name)
    {
        var value = Regex.Match(html, $"<meta name=\"{name}\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(value), $"the page has no {name}");
        return value;
    }

    private static async Task<int> SubscribeAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.IsType<DigestStatusAnswer>(await scope.ServiceProvider.GetRequiredService<JourneyAssistant>()
            .AskAsync("digest subscribe ci gitops", new AskContext("U1", "C777", "T1")));
        return (await factory.Services.GetRequiredService<DigestSubscriptions>().FindAsync("T1", "C777", CancellationToken.None))!.Id;
    }

    /// <summary>Whether the recurring job was ever started (a trigger records its job id at once, before it runs).</summary>
    private static bool WasTriggered(WebApplicationFactory<Program> factory, int subscriptionId)
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Single(j => j.Id == DigestJob.JobId(subscriptionId)).LastJobId is not null;
    }

    private static string Basic(string user, string password) =>
        new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))).ToString();

    [Fact]
    public async Task The_dashboard_refuses_a_non_local_request_without_credentials()
    {
        await using var factory = Factory();
        var context = await GetJobsAsync(factory, Remote);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_opens_for_a_request_from_this_machine()
    {
        await using var factory = Factory();
        var context = await GetJobsAsync(factory, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task With_credentials_configured_even_a_local_request_must_present_them()
    {
        await using var factory = Factory(("Jobs:DashboardUser", "ops"), ("Jobs:DashboardPassword", "s3cret"));

        var anonymous = await GetJobsAsync(factory, IPAddress.Loopback);
        var wrong = await GetJobsAsync(factory, Remote, Basic("ops", "guess"));
        var right = await GetJobsAsync(factory, Remote, Basic("ops", "s3cret"));

        Assert.Equal(StatusCodes.Status401Unauthorized, anonymous.Response.StatusCode);
        Assert.StartsWith("Basic realm=", anonymous.Response.Headers.WWWAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status401Unauthorized, wrong.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, right.Response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_trigger_without_an_antiforgery_token_is_refused_and_runs_no_digest()
    {
        await using var factory = Factory(("Jobs:DashboardUser", "ops"), ("Jobs:DashboardPassword", "s3cret"));
        var id = await SubscribeAsync(factory);

        // A browser that holds the Basic credentials sends them along with a forged cross-site form.
        var forged = await TriggerAsync(factory, id, Basic("ops", "s3cret"), origin: "http://evil.example");
        await Task.Delay(500);

        Assert.Equal(StatusCodes.Status403Forbidden, forged.Response.StatusCode);
        Assert.False(WasTriggered(factory, id));
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task With_credentials_and_the_pages_antiforgery_token_a_trigger_runs_the_digest()
    {
        await using var factory = Factory(("Jobs:DashboardUser", "ops"), ("Jobs:DashboardPassword", "s3cret"));
        var id = await SubscribeAsync(factory);
        var tokens = await OpenRecurringPageAsync(factory, Basic("ops", "s3cret"));

        var trigger = await TriggerAsync(factory, id, Basic("ops", "s3cret"), tokens);

        Assert.Equal(StatusCodes.Status204NoContent, trigger.Response.StatusCode);
        var until = DateTime.UtcNow.AddSeconds(10);
        while (_slack.CallsTo("chat.postMessage").Count == 0 && DateTime.UtcNow < until) await Task.Delay(25);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Without_credentials_configured_the_dashboard_is_read_only_and_refuses_a_trigger()
    {
        await using var factory = Factory();
        var id = await SubscribeAsync(factory);
        var tokens = await OpenRecurringPageAsync(factory, authorization: null);

        var trigger = await TriggerAsync(factory, id, authorization: null, tokens);

        Assert.Equal(StatusCodes.Status401Unauthorized, trigger.Response.StatusCode);
        Assert.False(WasTriggered(factory, id));
    }

    [Fact]
    public async Task The_dashboard_refuses_a_request_whose_Host_is_not_an_allowed_dashboard_host()
    {
        await using var factory = Factory();

        var rebound = await GetJobsAsync(factory, IPAddress.Loopback, host: "evil.example");
        var local = await GetJobsAsync(factory, IPAddress.Loopback, host: "127.0.0.1:5000");

        Assert.Equal(StatusCodes.Status400BadRequest, rebound.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
    }

    [Fact]
    public async Task A_configured_dashboard_host_is_served_and_localhost_then_is_not()
    {
        await using var factory = Factory(("Jobs:DashboardAllowedHosts:0", "jobs.example.com"));

        var configured = await GetJobsAsync(factory, IPAddress.Loopback, host: "JOBS.example.com");
        var localhost = await GetJobsAsync(factory, IPAddress.Loopback, host: "localhost");

        Assert.Equal(StatusCodes.Status200OK, configured.Response.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, localhost.Response.StatusCode);
    }
}
