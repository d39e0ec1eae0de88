using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Owners;
using JourneyBot.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.IntegrationTests.Reviews;

/// <summary>An owner directory for tests: owner text to recipients, null for anything else.</summary>
public sealed class TestOwners(IReadOnlyDictionary<string, OwnerRecipient[]> owners) : IOwnerDirectory
{
    public Task<IReadOnlyList<OwnerRecipient>?> RecipientsAsync(string owner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnerRecipient>?>(owners.TryGetValue(owner, out var r) ? r : null);
}

/// <summary>The real host with an editor, an owner in Berlin and a due item of theirs; helpers to run the job and press buttons.</summary>
internal static class ReviewTestApp
{
    public const string Owner = "UOWNER";
    public const string Editor = "UEDITOR";
    public const string Stranger = "USTRANGER";
    public const string Team = "Platform team";
    public const string TeamMate = "UMATE";
    public const string DueUrl = "https://docs.example.com/ci-tour";
    public const string DmTs = "1700000000.000300"; // what the fake Slack answers chat.postMessage with

    /// <summary>Monday 2026-11-30 09:30 UTC: 10:30 in Berlin, past the default slot (Mondays 09:00).</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 9, 30, 0, TimeSpan.Zero);

    public const string DefaultRows =
        $"CI tour,{DueUrl},consideration,ci,2020-01-01,<@{Owner}>\nFresh CI guide,https://docs.example.com/fresh,consideration,ci,2026-11-01,<@{Owner}>\n";

    /// <param name="csvRows">Items to import (none when null).</param>
    public static async Task<JourneyBotApp> StartAsync(string? csvRows = DefaultRows,
        IDictionary<string, string?>? settings = null, string? folder = null, FakeSlack? slack = null)
    {
        var owners = new TestOwners(new Dictionary<string, OwnerRecipient[]>
        {
            [$"<@{Owner}>"] = [new(Owner, "Europe/Berlin")],
            [Team] = [new(Owner, "Europe/Berlin"), new(TeamMate, null)],
        });
        var values = new Dictionary<string, string?> { ["Catalog:Editors:0"] = Editor, ["Jobs:ChannelPostIntervalMilliseconds"] = "0" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var app = await JourneyBotApp.StartAsync(values, folder, slack, services: s => s.AddSingleton<IOwnerDirectory>(owners));
        if (csvRows is null) return app;
        var result = await app.ImportAsync("title,url,stages,use_cases,updated_on,owner\n" + csvRows);
        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems));
        return app;
    }

    public static async Task<int> RunJobAsync(JourneyBotApp app, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OwnerReviewJob>().RunAtAsync(at, CancellationToken.None);
    }

    public static async Task<Collateral> ItemAsync(JourneyBotApp app, string url = DueUrl)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        return await db.Collateral.AsNoTracking().SingleAsync(c => c.Url == url);
    }

    public static async Task<List<AuditEntry>> AuditAsync(JourneyBotApp app, string action)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().Where(a => a.Action == action).ToListAsync();
    }

    /// <summary>A signed block_actions payload as Slack sends it for a button in the review DM.</summary>
    public static Task<HttpResponseMessage> PressAsync(JourneyBotApp app, string actionId, int itemId, string user, string hook = "review") =>
        app.InteractionAsync(JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = user }, team = new { id = "T1" }, channel = new { id = "D123" },
            container = new { type = "message", message_ts = DmTs, channel_id = "D123", is_ephemeral = false },
            trigger_id = "13345224609.738474920.8088930838d88f008e0",
            response_url = new Uri(app.Slack.BaseUrl, "/hooks/" + hook).AbsoluteUri,
            actions = new[] { new { action_id = actionId, block_id = $"review:{itemId}", type = "button", value = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture), action_ts = "1700000001.000100" } },
        }));
}
