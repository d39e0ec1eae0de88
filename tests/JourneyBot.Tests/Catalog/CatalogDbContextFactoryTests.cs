using JourneyBot.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Tests.Catalog;

public sealed class CatalogDbContextFactoryTests
{
    [Fact]
    public async Task Database_work_asked_for_on_a_socket_like_thread_continues_on_the_thread_pool()
    {
        var factory = new CatalogDbContextFactory(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite("Data Source=:memory:").Options);
        var continuedOn = new TaskCompletionSource<(bool Pool, int Thread)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var caller = new Thread(() => _ = OpenAndReport()); // like Kestrel's socket threads: no pool, no synchronization context
        caller.Start();

        var (pool, thread) = await continuedOn.Task;

        Assert.True(pool);
        Assert.NotEqual(caller.ManagedThreadId, thread);

        async Task OpenAndReport()
        {
            await using var db = await factory.CreateDbContextAsync();
            continuedOn.SetResult((Thread.CurrentThread.IsThreadPoolThread, Environment.CurrentManagedThreadId));
        }
    }
}
