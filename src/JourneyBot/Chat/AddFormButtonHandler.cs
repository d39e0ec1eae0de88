using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Messages;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JourneyBot.Chat;

/// <summary>
/// The "Open the add form" button under a chat <c>add</c>: opens the add form, pre-filled as the button says, with the
/// click's trigger_id. Whoever clicks must be an editor (a channel can see a button someone else asked for).
/// </summary>
public sealed class AddFormButtonHandler(
    CatalogEditor editor,
    CatalogSnapshotProvider catalogs,
    IOptions<CatalogOptions> options,
    AddCollateralForm form,
    SlackApiClient slack,
    ILogger<AddFormButtonHandler> logger) : IBlockActionHandler
{
    public async Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        if (!options.Value.MayEdit(payload.UserId))
        {
            await TellClickerAsync(payload, CatalogEditor.NotAnEditor(), cancellationToken);
            return;
        }
        if (AddMessages.ReadFormValue(action.Value) is not { } value || payload.TriggerId is not { } trigger)
        {
            logger.LogWarning("Ignored an add-form click without a readable value or trigger_id");
            return;
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var answer = editor.FormFor(value.U, value.T, new GivenTags(value.S, value.P, value.C), catalog);
        if (await form.OpenAsync(trigger, answer, payload.ChannelId, cancellationToken) is { } problem)
            await TellClickerAsync(payload, problem, cancellationToken);
    }

    /// <summary>Only the clicker sees it: through the message's response_url, or failing that as an ephemeral in its channel.</summary>
    private async Task TellClickerAsync(BlockActions payload, Answer answer, CancellationToken cancellationToken)
    {
        var message = AnswerMessages.Build(answer);
        if (payload.ResponseUrl is { } responseUrl)
            await slack.PostToResponseUrl(responseUrl, message with { ReplaceOriginal = false }, cancellationToken);
        else if (payload.ChannelId is { } channel)
            await slack.PostEphemeral(payload.UserId, message with { Channel = channel }, cancellationToken);
    }
}
