using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Reviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Reviews;

public sealed class ReviewDueTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly ReviewDue Due = new(Today, 180);

    private static CollateralItem Item(DateOnly updated, DateOnly? reviewed = null, DateOnly? retired = null) =>
        new(1, "CI tour", "https://docs.example.com/ci", null, null, "<@U1>", updated, DateTime.UnixEpoch, [], [], [], reviewed, retired);

    [Fact]
    public void An_item_updated_more_than_review_days_ago_and_never_reviewed_is_due() =>
        Assert.True(Due.IsDue(Item(Today.AddDays(-181))));

    [Fact]
    public void An_item_updated_exactly_review_days_ago_is_not_due_yet() =>
        Assert.False(Due.IsDue(Item(Today.AddDays(-180))));

    [Fact]
    public void A_review_after_the_update_restarts_the_count() =>
        Assert.False(Due.IsDue(Item(Today.AddDays(-400), reviewed: Today.AddDays(-10))));

    [Fact]
    public void A_retired_item_is_never_due() =>
        Assert.False(Due.IsDue(Item(Today.AddDays(-400), retired: Today.AddDays(-300))));

    [Fact]
    public void Review_days_outside_1_to_36500_fail_options_validation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Catalog:ReviewDays", "0")]).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddJourneyCatalog().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CatalogOptions>>().Value);
        Assert.Contains("ReviewDays", error.Message, StringComparison.Ordinal);
    }
}
