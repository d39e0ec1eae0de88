using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Owners;
using JourneyBot.Slack;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Owners;

/// <summary>A real catalog with two teams, the real Slack client pointed at the FakeSlack, and the directory over both.</summary>
public sealed class OwnerDirectoryFixture : IAsyncDisposable
{
    public const string Teams = """
        teams:
          - key: product-marketing
            name: Product Marketing
            slack_id: S0PMM1
            aliases: [pmm]
          - key: field-enablement
            name: Field enablement
            slack_id: C0FIELD1
        """;

    private ServiceProvider _slackServices = null!;

    public TestCatalog Catalog { get; private set; } = null!;
    public FakeSlack Slack { get; private set; } = null!;
    public SlackOwnerDirectory Directory { get; private set; } = null!;
    public OwnersOptions Options { get; } = new();

    public static async Task<OwnerDirectoryFixture> StartAsync()
    {
        var fixture = new OwnerDirectoryFixture();
        fixture.Catalog = await TestCatalog.CreateAsync();
        var imported = await fixture.Catalog.ImportAsync(Teams, CatalogFormat.Yaml);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Problems));
        fixture.Slack = await FakeSlack.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:AppToken"] = "xapp-test",
            ["Slack:ApiBaseUrl"] = fixture.Slack.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System).AddLogging();
        services.AddSlack();
        fixture._slackServices = services.BuildServiceProvider();
        fixture.Directory = new SlackOwnerDirectory(
            fixture._slackServices.GetRequiredService<SlackApiClient>(),
            fixture.Catalog.Services.GetRequiredService<CatalogSnapshotProvider>(),
            Microsoft.Extensions.Options.Options.Create(fixture.Options),
            fixture.Catalog.Clock,
            NullLogger<SlackOwnerDirectory>.Instance);
        return fixture;
    }

    public static string User(string id, string? tz = "Europe/Berlin", bool deleted = false)
    {
        var zone = tz is null ? "" : $",\"tz\":\"{tz}\"";
        return "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"deleted\":" + (deleted ? "true" : "false") + ",\"is_bot\":false" + zone + "}}";
    }

    public async ValueTask DisposeAsync()
    {
        await _slackServices.DisposeAsync();
        await Slack.DisposeAsync();
        await Catalog.DisposeAsync();
    }
}
