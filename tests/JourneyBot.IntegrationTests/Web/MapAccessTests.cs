using System.Net;
using System.Text;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JourneyBot.IntegrationTests.Web;

/// <summary>/map is let in as /jobs is: this machine, or Basic credentials when set; only the allowed host names; CSP on every answer.</summary>
public sealed class MapAccessTests : IAsyncLifetime
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

    private static Task<HttpContext> GetMapAsync(WebApplicationFactory<Program> factory, IPAddress from, string? authorization = null, string? host = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/map";
            context.Connection.RemoteIpAddress = from;
            if (authorization is not null) context.Request.Headers.Authorization = authorization;
            if (host is not null) context.Request.Host = new HostString(host);
        });

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    [Fact]
    public async Task Map_opens_from_this_machine_without_credentials()
    {
        await using var factory = Factory();
        var response = (await GetMapAsync(factory, IPAddress.Loopback)).Response;
        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
    }

    [Fact]
    public async Task Map_is_refused_from_another_machine_without_credentials_configured()
    {
        await using var factory = Factory();
        var response = (await GetMapAsync(factory, Remote)).Response;
        Assert.Equal(StatusCodes.Status403Forbidden, response.StatusCode);
        Assert.Contains("default-src 'none'", response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task Map_asks_for_basic_credentials_when_they_are_configured()
    {
        await using var factory = Factory(("Jobs:DashboardUser", "ops"), ("Jobs:DashboardPassword", "s3cret"));
        var response = (await GetMapAsync(factory, IPAddress.Loopback)).Response;
        Assert.Equal(StatusCodes.Status401Unauthorized, response.StatusCode);
        Assert.StartsWith("Basic realm=", response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task Map_opens_from_anywhere_with_the_configured_credentials()
    {
        await using var factory = Factory(("Jobs:DashboardUser", "ops"), ("Jobs:DashboardPassword", "s3cret"));
        Assert.Equal(StatusCodes.Status200OK, (await GetMapAsync(factory, Remote, Basic("ops", "s3cret"))).Response.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await GetMapAsync(factory, Remote, Basic("ops", "wrong"))).Response.StatusCode);
    }

    [Fact]
    public async Task Map_refuses_a_host_name_not_allowed()
    {
        await using var factory = Factory();
        var response = (await GetMapAsync(factory, IPAddress.Loopback, host: "evil.example")).Response;
        Assert.Equal(StatusCodes.Status400BadRequest, response.StatusCode);
    }
}
