using System.Data.Common;
using System.Net.Sockets;
using JourneyBot;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Digests;
using Microsoft.Extensions.Options;

var line = CommandLine.Parse(args);

// appsettings.json sits next to the binary, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = line.Configuration, ContentRootPath = AppContext.BaseDirectory });
builder.AddJourneyBot(serving: line.IsServe);
var app = builder.Build();

if (!line.IsServe)
    return await Verbs.RunAsync(line, app.Services, Console.Out, Console.Error, CancellationToken.None);

var started = app.Lifetime.ApplicationStarted; // kept: RunAsync disposes the host's services when it fails
try
{
    _ = app.Services.GetRequiredService<IOptions<JourneyBot.Slack.SlackOptions>>().Value; // fail before touching the database
    await PrepareCatalogAsync(app);
    app.MapJourneyBotEndpoints();
    app.MapDigestDashboard();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    // A half-configured bot is worse than none: say which key is missing and stop.
    await Console.Error.WriteLineAsync("JourneyBot cannot start: " + string.Join(" ", e.Failures));
    return 1;
}
catch (CatalogUnavailableException e)
{
    await Console.Error.WriteLineAsync("JourneyBot cannot start: " + e.Message);
    return 1;
}
catch (Exception e) when (e is IOException or SocketException && !started.IsCancellationRequested)
{
    // The port is taken or not ours to bind: the host has logged the details; say it in one line and exit 1.
    await Console.Error.WriteLineAsync("JourneyBot cannot start: " + e.Message);
    return 1;
}

static async Task PrepareCatalogAsync(WebApplication app)
{
    try
    {
        await app.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(app.Lifetime.ApplicationStopping); // the first answer is fast too
    }
    catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
    {
        // A path that is a folder, or where no file can be created, or a server that refuses us: the operator
        // needs the reason, not a stack trace and an abort (exit 134).
        throw new CatalogUnavailableException("the catalog database (ConnectionStrings:Catalog) cannot be opened: " + e.Message, e);
    }
}

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;

internal sealed class CatalogUnavailableException(string message, Exception inner) : Exception(message, inner);
