using System.CommandLine;
using System.Data.Common;
using System.Net.Sockets;
using JourneyBot.Core.Catalog;
using JourneyBot.Digests;
using Microsoft.Extensions.Options;

namespace JourneyBot.Cli;

/// <summary><c>serve [--urls URLS]</c>, also the verb run when none is named: the bot itself.</summary>
public static class ServeVerb
{
    public const string Description = "runs the bot: Slack HTTP endpoints, Socket Mode when Slack:AppToken is set, the job server (the default verb)";

    public static Command Create(BotHost host, TextWriter error)
    {
        var command = new Command("serve", Description);
        AddTo(command, host, error);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> serve's options and action (the root command serves too).</summary>
    public static void AddTo(Command command, BotHost host, TextWriter error)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "where to listen, e.g. http://0.0.0.0:8080 (several separated by ';'); default: the 'urls' setting, else http://localhost:5000",
            HelpName = "urls",
        };
        command.Add(urls);
        command.SetAction((parse, _) => RunAsync(host.BuildServer(parse.GetValue(urls)), error));
    }

    private static async Task<int> RunAsync(WebApplication app, TextWriter error)
    {
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
            await error.WriteLineAsync("JourneyBot cannot start: " + string.Join(" ", e.Failures));
            return 1;
        }
        catch (CatalogUnavailableException e)
        {
            await error.WriteLineAsync("JourneyBot cannot start: " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or SocketException && !started.IsCancellationRequested)
        {
            // The port is taken or not ours to bind: the host has logged the details; say it in one line and exit 1.
            await error.WriteLineAsync("JourneyBot cannot start: " + e.Message);
            return 1;
        }
    }

    private static async Task PrepareCatalogAsync(WebApplication app)
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

    private sealed class CatalogUnavailableException(string message, Exception inner) : Exception(message, inner);
}
