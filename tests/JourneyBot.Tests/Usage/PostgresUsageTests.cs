using JourneyBot.Core.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Usage;

/// <summary>The usage upsert is one statement for both providers: on PostgreSQL it adds up, keeps null times, and two instances' counts both land.</summary>
public sealed class PostgresUsageTests
{
    [PostgresFact]
    public async Task Two_instances_flushing_the_same_item_and_channel_add_up_on_PostgreSQL()
    {
        await using var first = await TestCatalog.CreatePostgresAsync();
        var id = (await first.SnapshotAsync()).Items[0].Id;
        // A second counter on the same database stands in for a second instance.
        var other = ActivatorUtilities.CreateInstance<UsageCounter>(first.Services);
        var counter = first.Services.GetRequiredService<UsageCounter>();
        counter.Offered([id], "C1");
        other.Offered([id], "C1");
        other.Opened(id, "C2");

        await Task.WhenAll(counter.FlushAsync(CancellationToken.None), other.FlushAsync(CancellationToken.None));

        var t = (await first.Services.GetRequiredService<UsageReport>().TotalsSinceAsync(null, CancellationToken.None))[id];
        Assert.Equal((2, 1, 2), (t.Offered, t.Opened, t.Channels));
        Assert.Equal(TestCatalog.Today.UtcDateTime, t.LastOfferedAt);
    }
}
