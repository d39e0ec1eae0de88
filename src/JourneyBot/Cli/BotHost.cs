using JourneyBot.Core.Catalog;

namespace JourneyBot.Cli;

/// <summary>
/// The web application for one run, built with the command line's configuration overrides only when the chosen
/// verb needs it (<c>--help</c>, <c>manifest</c> and <c>health</c> never do), and at most once.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly string[] _configuration;
    private IServiceProvider? _services;
    private WebApplication? _verbApp;
    private bool _built;

    public BotHost(string[] configuration) => _configuration = configuration;

    /// <summary>Verbs run against services built elsewhere (the tests' catalog).</summary>
    public BotHost(IServiceProvider services)
    {
        _configuration = [];
        _services = services;
        _built = true;
    }

    /// <summary>The app that serves, listening on <paramref name="urls"/> when given; the caller runs and disposes it.</summary>
    public WebApplication BuildServer(string? urls) => Build(serving: true, urls);

    /// <summary>The services with the catalog database created or migrated: what the data verbs need.</summary>
    public async Task<IServiceProvider> CatalogServicesAsync(CancellationToken cancellationToken)
    {
        _services ??= (_verbApp = Build(serving: false, urls: null)).Services;
        await _services.GetRequiredService<CatalogDatabase>().PrepareAsync(cancellationToken);
        return _services;
    }

    private WebApplication Build(bool serving, string? urls)
    {
        if (_built) throw new InvalidOperationException("The host is built once per run.");
        _built = true;
        // --urls is ASP.NET's own "urls" key; given last, it wins over appsettings.json and ASPNETCORE_URLS.
        string[] args = urls is null ? _configuration : [.. _configuration, "--urls=" + urls];
        // appsettings.json sits next to the binary, wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddJourneyBot(serving);
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_verbApp is not null) await _verbApp.DisposeAsync();
    }
}
