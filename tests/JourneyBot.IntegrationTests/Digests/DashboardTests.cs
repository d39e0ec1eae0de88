using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Slack.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JourneyBot.IntegrationTests.Digests;

/// <summary>The Hangfire dashboard at /jobs: localhost only, or HTTP Basic for everyone when credentials are set.</summary>
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
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });

    private static Task<HttpContext> GetJobsAsync(WebApplicationFactory<Program> factory, IPAddress? from, string? authorization = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/jobs";
            context.Connection.RemoteIpAddress = from;
            if (authorization is not null) context.Request.Headers.Authorization = authorization;
        });

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
}
