using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace JourneyBot.Digests;

/// <summary>
/// Who may open the job dashboard: with <c>Jobs:DashboardUser</c>/<c>Jobs:DashboardPassword</c> set, anyone with
/// those HTTP Basic credentials (compared in constant time); without them, only requests from this machine, and
/// read-only. Behind a reverse proxy on the same host every request looks local: set credentials there.
/// Only the <c>Jobs:DashboardAllowedHosts</c> names are served (DNS rebinding); changes also need the page's
/// anti-forgery token, which Hangfire checks itself once <c>IAntiforgery</c> is registered.
/// </summary>
public sealed class DashboardAccess(JobsOptions options) : IDashboardAuthorizationFilter
{
    public const string Realm = "JourneyBot jobs";

    public bool Authorize(DashboardContext context) => Allows(context.GetHttpContext());

    /// <summary>The same check for our own pages (<c>/map</c>): false sets the Basic challenge header when credentials are configured.</summary>
    public bool Allows(HttpContext http)
    {
        if (options.HasDashboardCredentials)
        {
            if (CredentialsMatch(http.Request.Headers.Authorization.ToString())) return true;
            http.Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
            return false;
        }
        return IsLocal(http.Connection.RemoteIpAddress);
    }

    /// <summary>Without credentials anyone on this machine can open the page, so nobody may change anything from it.</summary>
    public bool IsReadOnly(DashboardContext context) => !options.HasDashboardCredentials;

    /// <summary>Middleware in front of the dashboard: a <c>Host</c> not in the allowed list gets 400 before Hangfire sees it.</summary>
    public Task RefuseForeignHost(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host.Host;
        if (options.DashboardHosts.Any(allowed => allowed.Equals(host, StringComparison.OrdinalIgnoreCase)))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    public static bool IsLocal(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private bool CredentialsMatch(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null)
            return false;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return false;
        // Both compared every time (no short circuit), as fixed-length hashes so length leaks nothing either.
        return SameSecret(decoded[..colon], options.DashboardUser!) & SameSecret(decoded[(colon + 1)..], options.DashboardPassword!);
    }

    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
