using System.Net;
using JourneyBot.IntegrationTests.TestSupport;
using JourneyBot.Reviews;
using static JourneyBot.IntegrationTests.Reviews.ReviewTestApp;

namespace JourneyBot.IntegrationTests.Reviews;

/// <summary>The review DM's buttons, pressed as Slack sends them (signed block_actions) through the real pipeline.</summary>
public sealed class ReviewButtonTests : IAsyncLifetime
{
    private JourneyBotApp _app = null!;
    private int _itemId;

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        await RunJobAsync(_app, MondayMorning); // the DM (ts DmTs) lists the due item
        _itemId = (await ItemAsync(_app)).Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<RecordedCall> PressAndWaitAsync(string actionId, string user)
    {
        Assert.Equal(HttpStatusCode.OK, (await PressAsync(_app, actionId, _itemId, user)).StatusCode);
        await _app.WaitForAsync(() => _app.Slack.CallsTo("review").Count > 0);
        return _app.Slack.CallsTo("review")[0];
    }

    [Fact]
    public async Task Still_current_pressed_by_the_owner_sets_reviewed_on_to_today_audits_it_and_redraws_the_DM()
    {
        var redraw = await PressAndWaitAsync(ReviewMessages.ConfirmActionId, Owner);

        Assert.Equal(Today, (await ItemAsync(_app)).ReviewedOn);
        Assert.Contains(await AuditAsync(_app, "review"), a => a.Actor == Owner && a.Detail == DueUrl);
        Assert.True(redraw.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Confirmed current", redraw.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewMessages.RetireActionId, redraw.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_pressed_by_the_owner_retires_the_item_audits_it_and_redraws_the_DM()
    {
        var redraw = await PressAndWaitAsync(ReviewMessages.RetireActionId, Owner);

        Assert.Equal(Today, (await ItemAsync(_app)).RetiredOn);
        Assert.Contains(await AuditAsync(_app, "retire"), a => a.Actor == Owner);
        Assert.Contains("Retired on", redraw.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_link_pressed_by_the_owner_opens_the_edit_form_prefilled_with_the_item()
    {
        Assert.Equal(HttpStatusCode.OK, (await PressAsync(_app, ReviewMessages.UpdateActionId, _itemId, Owner)).StatusCode);

        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.open").Count > 0);
        var view = _app.Slack.CallsTo("views.open")[0].Body;
        Assert.Contains(DueUrl, view, StringComparison.Ordinal);
        Assert.Contains("CI tour", view, StringComparison.Ordinal);
        Assert.Null((await ItemAsync(_app)).ReviewedOn);
    }

    [Theory]
    [InlineData(ReviewMessages.ConfirmActionId)]
    [InlineData(ReviewMessages.UpdateActionId)]
    [InlineData(ReviewMessages.RetireActionId)]
    public async Task A_press_by_someone_neither_owner_nor_editor_gets_an_ephemeral_note_and_changes_nothing(string actionId)
    {
        var note = await PressAndWaitAsync(actionId, Stranger);

        Assert.Equal("ephemeral", note.Json.GetProperty("response_type").GetString());
        Assert.False(note.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("owner or an editor", note.Body, StringComparison.Ordinal);
        var item = await ItemAsync(_app);
        Assert.Equal((null, null), (item.ReviewedOn, item.RetiredOn));
        Assert.Empty(_app.Slack.CallsTo("views.open"));
        Assert.Empty(await AuditAsync(_app, "review"));
        Assert.Empty(await AuditAsync(_app, "retire"));
    }

    [Fact]
    public async Task Still_current_pressed_by_an_editor_who_is_not_the_owner_confirms_the_item()
    {
        await PressAndWaitAsync(ReviewMessages.ConfirmActionId, Editor);

        Assert.Equal(Today, (await ItemAsync(_app)).ReviewedOn);
        Assert.Contains(await AuditAsync(_app, "review"), a => a.Actor == Editor);
    }

    [Fact]
    public async Task Retire_pressed_by_an_editor_who_is_not_the_owner_retires_the_item()
    {
        await PressAndWaitAsync(ReviewMessages.RetireActionId, Editor);

        Assert.Equal(Today, (await ItemAsync(_app)).RetiredOn);
    }

    [Fact]
    public async Task Update_link_pressed_by_an_editor_who_is_not_the_owner_opens_the_form()
    {
        await PressAsync(_app, ReviewMessages.UpdateActionId, _itemId, Editor);

        await _app.WaitForAsync(() => _app.Slack.CallsTo("views.open").Count > 0);
        Assert.Contains(DueUrl, _app.Slack.CallsTo("views.open")[0].Body, StringComparison.Ordinal);
    }
}
