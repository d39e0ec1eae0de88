using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Digests;

public sealed class DigestClaimTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;
    private DigestSubscriptions _subscriptions = null!;
    private int _id;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        _subscriptions = _catalog.Services.GetRequiredService<DigestSubscriptions>();
        var (subscription, _) = await _subscriptions.SaveAsync("T1", "C1", [], DigestSchedule.Default, "U1", CancellationToken.None);
        _id = subscription.Id;
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task Of_many_concurrent_claims_for_one_week_exactly_one_wins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        var claim = await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None);
        await _subscriptions.ReleaseAsync(claim!, CancellationToken.None);

        Assert.NotNull(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));
    }

    [Fact]
    public async Task A_posted_week_is_never_claimed_again_while_the_next_week_is_free()
    {
        var claim = await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None);
        var digest = DigestBuilder.Build(await _catalog.SnapshotAsync(), ["ci"], null, null, [], TestCatalog.Today.UtcDateTime, 365, 7);
        await _subscriptions.MarkPostedAsync(claim!, "1700000000.000100", digest, CancellationToken.None);
        _catalog.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Null(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));
        Assert.NotNull(await _subscriptions.TryClaimAsync(_id, "2026-W49", CancellationToken.None));
        var baseline = await _subscriptions.BaselineAsync(_id, "2026-W49", CancellationToken.None);
        Assert.Equal("2026-W48", baseline!.Week);
        Assert.Equal(digest.Empty.Concat(digest.Stale), baseline.Gaps);
        Assert.Equal("2026-W48", (await _subscriptions.FindAsync(_id, CancellationToken.None))!.LastDeliveredWeek);
    }

    [Fact]
    public async Task A_claim_abandoned_by_a_dead_process_is_taken_over_after_fifteen_minutes()
    {
        Assert.NotNull(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));
        _catalog.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));

        _catalog.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.NotNull(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));
        Assert.Null(await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribing_removes_the_delivery_history_with_the_subscription()
    {
        await _subscriptions.TryClaimAsync(_id, "2026-W48", CancellationToken.None);
        await _subscriptions.RemoveAsync("T1", "C1", CancellationToken.None);

        await using var db = await _catalog.DbAsync();
        Assert.Empty(db.DigestDeliveries);
    }
}
