using System.Net;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Usage;
using JourneyBot.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>Usage counted through the real pipeline: signed clicks count opens, signed commands count the items shown.</summary>
public sealed class UsageCountingTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;

    public async Task InitializeAsync() => _app = await JourneyBotApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<List<ItemUsage>> FlushedRowsAsync()
    {
        await _app.Services.GetRequiredService<UsageCounter>().FlushAsync(CancellationToken.None);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        return await db.ItemUsage.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_signed_open_click_is_acknowledged_and_counts_an_open_in_its_channel()
    {
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = "U123" }, team = new { id = "T1" }, channel = new { id = "C777" },
            actions = new[] { new { action_id = "open_item", type = "button", value = "3" } },
        });

        Assert.Equal(HttpStatusCode.OK, (await _app.InteractionAsync(payload)).StatusCode);

        var rows = new List<ItemUsage>();
        await _app.WaitForAsync(() => (rows = FlushedRowsAsync().GetAwaiter().GetResult()).Count > 0);
        var row = Assert.Single(rows);
        Assert.Equal((3, "C777", 1, 0), (row.CollateralId, row.ChannelId, row.Opened, row.Offered));
        Assert.DoesNotContain(_app.Slack.Calls, c => c.Method != "auth.test"); // the ack is the whole reply
    }

    [Fact]
    public async Task A_slash_command_answer_counts_each_shown_item_offered_once_in_its_channel()
    {
        var response = await _app.CommandAsync("collateral awareness");

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var shown = doc.RootElement.GetProperty("blocks").EnumerateArray()
            .Where(b => b.TryGetProperty("accessory", out var a) && a.GetProperty("action_id").GetString() == "open_item")
            .Select(b => int.Parse(b.GetProperty("accessory").GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(shown);
        var rows = await FlushedRowsAsync();
        Assert.Equal(shown.Order(), rows.Select(r => r.CollateralId).Order());
        Assert.All(rows, r => Assert.Equal(("C123", 1, 0), (r.ChannelId, r.Offered, r.Opened)));
    }
}
