using JourneyBot.Core.Catalog;
using JourneyBot.Core.Reviews;
using JourneyBot.IntegrationTests.Reviews;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Postgres;

/// <summary>The owner review job on two instances sharing one PostgreSQL database.</summary>
public sealed class OwnerReviewInstancesTests : IAsyncLifetime
{
    private Dictionary<string, string?> _settings = null!;
    private Func<Task> _drop = () => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable))) return; // skipped
        var (connectionString, drop) = await PostgresFactAttribute.NewDatabaseAsync();
        _drop = drop;
        _settings = new() { ["Catalog:Provider"] = "Postgres", ["Jobs:Storage"] = "Postgres", ["ConnectionStrings:Catalog"] = connectionString };
    }

    public Task DisposeAsync() => _drop();

    [PostgresFact]
    public async Task Two_instances_running_the_review_at_once_send_the_owner_one_DM()
    {
        await using var slack = await FakeSlack.Start();
        var folder = Directory.CreateTempSubdirectory("journeybot-pg-").FullName;
        await using var first = await ReviewTestApp.StartAsync(settings: _settings, folder: folder, slack: slack);
        await using var second = await ReviewTestApp.StartAsync(csvRows: null, settings: _settings, folder: folder, slack: slack);

        var sent = await Task.WhenAll(
            ReviewTestApp.RunJobAsync(first, ReviewTestApp.MondayMorning), ReviewTestApp.RunJobAsync(second, ReviewTestApp.MondayMorning));

        Assert.Equal(1, sent.Sum());
        Assert.Single(slack.CallsTo("chat.postMessage"));
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        var delivery = await db.ReviewDeliveries.SingleAsync();
        Assert.Equal((ReviewTestApp.Owner, ReviewDeliveryStatus.Sent), (delivery.RecipientId, delivery.Status));
    }
}
