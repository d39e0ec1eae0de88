using JourneyBot.Core.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Usage;

/// <summary>Counts gathered in memory and added to the real SQLite file by a flush, per item, ISO week and channel.</summary>
public sealed class UsageCountTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private UsageCounter Counter => _catalog.Services.GetRequiredService<UsageCounter>();
    private UsageReport Report => _catalog.Services.GetRequiredService<UsageReport>();

    private async Task<int> FirstItemAsync() => (await _catalog.SnapshotAsync()).Items[0].Id;

    [Fact]
    public async Task A_flush_writes_offers_opens_and_distinct_channels_per_item()
    {
        var id = await FirstItemAsync();
        Counter.Offered([id], "C1");
        Counter.Offered([id], "C1");
        Counter.Offered([id], "C2");
        Counter.Opened(id, "C1");

        Assert.True(await Counter.FlushAsync(CancellationToken.None));

        var t = (await Report.TotalsSinceAsync(null, CancellationToken.None))[id];
        Assert.Equal((3, 1, 2), (t.Offered, t.Opened, t.Channels));
        Assert.Equal(TestCatalog.Today.UtcDateTime, t.LastOpenedAt);
    }

    [Fact]
    public async Task A_second_flush_adds_to_the_counts_already_in_the_database()
    {
        var id = await FirstItemAsync();
        Counter.Offered([id], "C1");
        await Counter.FlushAsync(CancellationToken.None);
        Counter.Offered([id], "C1");
        Counter.Opened(id, "C1");
        await Counter.FlushAsync(CancellationToken.None);

        await using var db = await _catalog.DbAsync();
        var row = await db.ItemUsage.SingleAsync();
        Assert.Equal((2, 1, "2026-W48", "C1"), (row.Offered, row.Opened, row.Week, row.ChannelId));
    }

    [Fact]
    public async Task Counts_the_database_refused_are_kept_and_written_by_the_next_flush()
    {
        var id = await FirstItemAsync();
        Counter.Opened(id, "C1");
        await using (var db = await _catalog.DbAsync())
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "ItemUsage" RENAME TO "ItemUsageAway" """);

        Assert.False(await Counter.FlushAsync(CancellationToken.None));

        await using (var db = await _catalog.DbAsync())
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "ItemUsageAway" RENAME TO "ItemUsage" """);
        Assert.True(await Counter.FlushAsync(CancellationToken.None));
        Assert.Equal(1, (await Report.TotalsSinceAsync(null, CancellationToken.None))[id].Opened);
    }

    [Fact]
    public async Task Totals_since_a_date_count_from_that_dates_ISO_week()
    {
        var id = await FirstItemAsync();
        Counter.Offered([id], "C1"); // week 48
        _catalog.Clock.Advance(TimeSpan.FromDays(14));
        Counter.Offered([id], "C1"); // week 50
        await Counter.FlushAsync(CancellationToken.None);

        // 2026-12-07 is the Monday of week 50; the 9th is inside it, the 1st in week 49.
        Assert.Equal(1, (await Report.TotalsSinceAsync(new DateOnly(2026, 12, 9), CancellationToken.None))[id].Offered);
        Assert.Equal(1, (await Report.TotalsSinceAsync(new DateOnly(2026, 12, 1), CancellationToken.None))[id].Offered);
        Assert.Equal(2, (await Report.TotalsSinceAsync(null, CancellationToken.None))[id].Offered);
    }

    [Fact]
    public async Task An_open_in_App_Home_is_counted_without_counting_a_channel()
    {
        var id = await FirstItemAsync();
        Counter.Opened(id, null);
        await Counter.FlushAsync(CancellationToken.None);

        var t = (await Report.TotalsSinceAsync(null, CancellationToken.None))[id];
        Assert.Equal((1, 0), (t.Opened, t.Channels));
    }
}
