using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Journeys;

public sealed class CollateralRankingTests
{
    private static readonly DateTime Loaded = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    private static CollateralItem Item(int id, int day, params string[] personas) => new(
        id, $"Item {id}", $"https://x.test/{id}", null, null, null, new DateOnly(2026, 11, day), Loaded, ["awareness"], personas, ["ci"]);

    private static CatalogSnapshot Catalog(params CollateralItem[] items) => new(
        [new StageInfo("buyer", "Buyer", "awareness", "Awareness", 0, null, null, null, null, [], [], [])],
        [new PersonaInfo("manager", "Manager", null, []), new PersonaInfo("executive", "Executive", null, [])],
        [new UseCaseInfo("ci", "CI", null, null, [])], [], [], items, Loaded);

    [Fact]
    public void A_snapshot_bucket_ranks_persona_specific_items_first_then_generic_each_freshest_first()
    {
        var catalog = Catalog(Item(1, 20), Item(2, 21, "manager"), Item(3, 22), Item(4, 23, "executive"), Item(5, 10, "manager"));

        var ranked = CollateralRanking.Rank(catalog.ItemsFor("ci", "awareness"), "manager");

        Assert.Equal([2, 5, 3, 1], ranked.Select(i => i.Id));
    }

    [Fact]
    public void A_snapshot_bucket_is_ranked_once_per_persona_and_the_ranking_is_shared()
    {
        var catalog = Catalog(Item(1, 20), Item(2, 21, "manager"), Item(3, 22, "executive"));

        var first = CollateralRanking.Rank(catalog.ItemsFor("ci", "awareness"), "manager");

        Assert.Same(first, CollateralRanking.Rank(catalog.ItemsFor("ci", "awareness"), "manager"));
        Assert.NotSame(first, CollateralRanking.Rank(catalog.ItemsFor("ci", "awareness"), "executive"));
    }

    [Fact]
    public void A_list_built_for_one_request_is_ranked_into_a_new_list_each_time()
    {
        CollateralItem[] pool = [Item(1, 20), Item(2, 21, "manager")];

        Assert.NotSame(CollateralRanking.Rank(pool, "manager"), CollateralRanking.Rank(pool, "manager"));
    }
}
