using JourneyBot.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

public sealed class SnapshotRefreshTests
{
    [Fact]
    public async Task Another_instances_write_is_seen_after_the_refresh_interval_and_not_before()
    {
        await using var writer = await TestCatalog.CreateAsync();
        await using var reader = await TestCatalog.CreateAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={writer.DatabasePath}",
            ["Catalog:RefreshSeconds"] = "30",
        }, seed: false);
        var provider = reader.Services.GetRequiredService<CatalogSnapshotProvider>();
        var before = await provider.GetAsync();

        Assert.True((await writer.ImportAsync("title,url,stages,use_cases\nFresh,https://x.example/fresh,awareness,ci\n")).Succeeded);
        Assert.Same(before, await provider.GetAsync()); // within the interval: the copy in memory

        reader.Clock.Advance(TimeSpan.FromSeconds(31));
        await provider.GetAsync(); // starts the background check
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await provider.GetAsync()).FindByUrl("https://x.example/fresh") is null && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        Assert.NotNull((await provider.GetAsync()).FindByUrl("https://x.example/fresh"));
    }

    [Fact]
    public async Task Without_writes_the_check_keeps_the_same_copy()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var provider = catalog.Services.GetRequiredService<CatalogSnapshotProvider>();
        var first = await provider.GetAsync();

        catalog.Clock.Advance(TimeSpan.FromSeconds(31));
        await provider.GetAsync();
        await Task.Delay(300);

        Assert.Same(first, await provider.GetAsync());
    }
}
