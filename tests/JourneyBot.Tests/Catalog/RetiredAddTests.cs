using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Catalog;

/// <summary>Adding a retired item's URL again (the add command, the add form) brings it back, and the answer says so.</summary>
public sealed class RetiredAddTests : IAsyncLifetime
{
    private static readonly AskContext AtTerminal = new("U1", "C1", "T1") { Terminal = true };
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private async Task<CollateralItem> ConfirmThenRetireAsync()
    {
        var item = (await _catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];
        using var scope = _catalog.Services.CreateScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<CollateralLifecycle>();
        await lifecycle.ConfirmCurrentAsync(item.Id, "U1", CancellationToken.None);
        return (await lifecycle.RetireAsync(item.Id, "U1", CancellationToken.None))!;
    }

    [Fact]
    public async Task Adding_a_retired_items_url_offers_it_again_and_keeps_its_review_date()
    {
        var retired = await ConfirmThenRetireAsync();

        var answer = await _catalog.AskAsync<AddedAnswer>(
            $"add {retired.Url} Retirement drill stage:consideration persona:every-persona use-case:ci", AtTerminal);

        Assert.True(answer.Restored);
        Assert.False(answer.Created);
        var item = (await _catalog.SnapshotAsync()).FindById(retired.Id)!;
        Assert.Null(item.RetiredOn);
        Assert.Equal(retired.ReviewedOn, item.ReviewedOn);
        Assert.NotNull(item.ReviewedOn);
    }

    [Fact]
    public async Task The_answer_to_adding_a_retired_items_url_says_it_was_retired()
    {
        var retired = await ConfirmThenRetireAsync();

        var answer = await _catalog.AskAsync<AddedAnswer>(
            $"add {retired.Url} Retirement drill stage:consideration persona:every-persona use-case:ci", AtTerminal);

        var message = AnswerMessages.Build(answer);
        Assert.EndsWith("(was retired; it is offered again)", message.Text, StringComparison.Ordinal);
        Assert.Contains("It was retired; it is offered again.", JourneyBot.Slack.SlackJson.Serialize(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_an_item_in_use_does_not_say_it_was_retired()
    {
        var item = (await _catalog.SnapshotAsync()).ItemsFor("ci", "consideration")[0];

        var answer = await _catalog.AskAsync<AddedAnswer>($"add {item.Url} Retirement drill stage:consideration persona:every-persona use-case:ci", AtTerminal);

        Assert.False(answer.Restored);
        Assert.DoesNotContain("retired", AnswerMessages.Build(answer).Text, StringComparison.Ordinal);
    }
}
