using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Tests;

/// <summary>A real catalog on a real SQLite file in a temporary folder, migrated and seeded like production.</summary>
public sealed class TestCatalog : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private TestCatalog(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "catalog.db");
    public FakeTimeProvider Clock => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();
    public IServiceProvider Services => _services;

    /// <summary>A catalog on a new PostgreSQL database of the test server (see <see cref="PostgresFactAttribute"/>).</summary>
    public static async Task<TestCatalog> CreatePostgresAsync(bool seed = true)
    {
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        var catalog = await CreateAsync(new Dictionary<string, string?>
        {
            ["Catalog:Provider"] = "Postgres",
            ["ConnectionStrings:Catalog"] = connectionString,
        }, seed);
        catalog._drop = drop;
        return catalog;
    }

    private Func<Task>? _drop;

    public static async Task<TestCatalog> CreateAsync(IDictionary<string, string?>? settings = null, bool seed = true)
    {
        var folder = Directory.CreateTempSubdirectory("journeybot-test-").FullName;
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(folder, "catalog.db")}" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Today))
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddJourneyCatalog()
            .AddJourneyCommands(configuration)
            .AddJourneyDigests()
            .AddSingleton<CatalogImporter>()
            .BuildServiceProvider();
        var catalog = new TestCatalog(folder, services);
        if (seed) await services.GetRequiredService<CatalogDatabase>().PrepareAsync(CancellationToken.None);
        return catalog;
    }

    public async Task<Answer> AskAsync(string text, AskContext? context = null, bool freeText = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var answer = await scope.ServiceProvider.GetRequiredService<JourneyAssistant>().AskAsync(text, context ?? new AskContext("U1", "C1", "T1"), freeText);
        await FlushQueryLogAsync(); // what the served bot's background writer does on its own
        return answer;
    }

    public async Task<T> AskAsync<T>(string text, AskContext? context = null, bool freeText = false) where T : Answer
    {
        var answer = await AskAsync(text, context, freeText);
        return Assert.IsType<T>(answer);
    }

    /// <summary>Writes the queued query log entries now (a served bot's background writer does it on its own).</summary>
    public Task FlushQueryLogAsync() => _services.GetRequiredService<QueryLog>().FlushAsync(CancellationToken.None);

    public Task<CatalogSnapshot> SnapshotAsync() => _services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync();

    public async Task<ImportResult> ImportAsync(string content, CatalogFormat format = CatalogFormat.Csv, ImportOptions? options = null)
    {
        using var reader = new StringReader(content);
        return await _services.GetRequiredService<CatalogImporter>().ImportAsync(reader, format, options ?? new ImportOptions(), CancellationToken.None);
    }

    public async Task<CatalogDbContext> DbAsync() =>
        await _services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_drop is not null) await _drop();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
