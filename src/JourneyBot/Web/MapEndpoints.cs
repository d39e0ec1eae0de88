using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Digests;
using Microsoft.Extensions.Options;

namespace JourneyBot.Web;

/// <summary>
/// The web page at <c>/map</c>: the journey map, the catalog (search and filters), a playground for trying the bot and
/// the catalog's exports. Who may open it is decided as for <c>/jobs</c> (<see cref="DashboardAccess"/>): this machine,
/// or anyone with the Basic credentials when they are set; only the allowed host names are served.
/// </summary>
public static class MapEndpoints
{
    public const string Path = "/map";

    public static WebApplication MapJourneyMap(this WebApplication app)
    {
        var access = new DashboardAccess(app.Services.GetRequiredService<IOptions<JobsOptions>>().Value);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch
            .Use(SecurityHeaders)
            .Use(access.RefuseForeignHost)
            .Use((context, next) => Guard(access, context, next)));

        var map = app.MapGroup(Path);
        map.MapGet("", MapPage.RenderAsync);
        map.MapGet("/playground", PlaygroundPage.Render);
        map.MapPost("/playground", PlaygroundPage.AnswerAsync);
        map.MapGet("/export.csv", (CatalogSnapshotProvider catalog, CancellationToken ct) => ExportAsync(catalog, CatalogFormat.Csv, ct));
        map.MapGet("/export.yaml", (CatalogSnapshotProvider catalog, CancellationToken ct) => ExportAsync(catalog, CatalogFormat.Yaml, ct));
        map.MapGet("/assets/map.css", () => Results.Text(PageAssets.Css, "text/css; charset=utf-8"));
        map.MapGet("/assets/map.js", () => Results.Text(PageAssets.Script, "text/javascript; charset=utf-8"));
        return app;
    }

    /// <summary>On every response under /map, refusals included.</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PageShell.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // What antiforgery sets on the playground anyway (it warns when it must override another value).
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        return next(context);
    }

    private static Task Guard(DashboardAccess access, HttpContext context, RequestDelegate next)
    {
        if (access.Allows(context)) return next(context);
        // With credentials configured Allows has set the Basic challenge; without, only this machine is let in.
        context.Response.StatusCode = context.Response.Headers.WWWAuthenticate.Count > 0 ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>Exactly what <c>catalog export</c> writes, as a download.</summary>
    private static async Task<IResult> ExportAsync(CatalogSnapshotProvider provider, CatalogFormat format, CancellationToken cancellationToken)
    {
        var catalog = await provider.GetAsync(cancellationToken);
        await using var text = new StringWriter();
        await CatalogVerbs.ExportAsync(catalog, format, path: null, text, cancellationToken);
        var (type, name) = format == CatalogFormat.Csv ? ("text/csv; charset=utf-8", "catalog.csv") : ("application/yaml; charset=utf-8", "catalog.yaml");
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), type, name);
    }
}
