using System.Globalization;
using JourneyBot.Chat;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Reviews;
using JourneyBot.Messages;
using JourneyBot.Owners;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JourneyBot.Reviews;

/// <summary>
/// The review DM's buttons. Only an owner of the item (a recipient its owner resolves to) or an editor may press
/// them; anyone else gets a short note only they see, and nothing changes. Still current and Retire are audited
/// writes (<see cref="CollateralLifecycle"/>) after which the DM is redrawn; Update link opens the add form prefilled.
/// </summary>
public sealed class ReviewButtonHandler(
    CatalogSnapshotProvider catalogs,
    CollateralLifecycle lifecycle,
    CatalogEditor editor,
    AddCollateralForm form,
    IOwnerDirectory owners,
    ReviewStore store,
    IOptions<CatalogOptions> options,
    TimeProvider clock,
    SlackApiClient slack,
    ILogger<ReviewButtonHandler> logger) : IBlockActionHandler
{
    public static readonly NoticeAnswer NotAnOwner = new("Only the item's owner or an editor can do that",
        "This review belongs to the item's owner; nothing was changed.", IsError: true);

    public static readonly NoticeAnswer Gone = new("That item is no longer in the catalog", "Nothing was changed.", IsError: true);

    public async Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        if (!int.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            logger.LogWarning("Ignored a review click without a readable item id");
            return;
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var item = Find(catalog, id);
        if (item is null)
        {
            await TellClickerAsync(payload, Gone, cancellationToken);
            return;
        }
        if (!await MayPressAsync(item, payload, cancellationToken))
        {
            await TellClickerAsync(payload, NotAnOwner, cancellationToken);
            return;
        }

        switch (action.ActionId)
        {
            case ReviewMessages.ConfirmActionId:
                await lifecycle.ConfirmCurrentAsync(id, payload.UserId, cancellationToken);
                break;
            case ReviewMessages.RetireActionId:
                await lifecycle.RetireAsync(id, payload.UserId, cancellationToken);
                break;
            case ReviewMessages.UpdateActionId:
                await OpenFormAsync(item, catalog, payload, cancellationToken);
                return; // nothing changes until the form is submitted
        }
        await RedrawAsync(id, payload, cancellationToken);
    }

    private static CollateralItem? Find(CatalogSnapshot catalog, int id) => catalog.FindById(id) ?? catalog.Retired.FirstOrDefault(i => i.Id == id);

    private async Task<bool> MayPressAsync(CollateralItem item, BlockActions payload, CancellationToken cancellationToken)
    {
        if (options.Value.MayEdit(payload.UserId)) return true;
        if (string.IsNullOrWhiteSpace(item.Owner)) return false;
        var recipients = await owners.RecipientsAsync(item.Owner.Trim(), cancellationToken) ?? [];
        // A team's channel stands for its members: a press in that channel is the team's.
        return recipients.Any(r => r.SlackId == payload.UserId || (r.IsChannel && r.SlackId == payload.ChannelId));
    }

    private async Task OpenFormAsync(CollateralItem item, CatalogSnapshot catalog, BlockActions payload, CancellationToken cancellationToken)
    {
        if (payload.TriggerId is not { } trigger)
        {
            logger.LogWarning("Ignored an update-link click without a trigger_id");
            return;
        }
        var answer = editor.FormFor(item.Url, item.Title, new GivenTags(item.Stages, item.Personas, item.UseCases), catalog);
        answer = answer with { Draft = answer.Draft with { Description = item.Description, Type = item.Type } };
        if (await form.OpenAsync(trigger, answer, payload.ChannelId, cancellationToken) is { } problem)
            await TellClickerAsync(payload, problem, cancellationToken);
    }

    /// <summary>Redraws the DM from the items' state now, so the pressed item shows its outcome.</summary>
    private async Task RedrawAsync(int id, BlockActions payload, CancellationToken cancellationToken)
    {
        if (payload.ResponseUrl is not { } responseUrl) return;
        var ids = payload.MessageTs is { } ts ? await store.ItemsOfMessageAsync(ts, cancellationToken) : null;
        var catalog = await catalogs.GetAsync(cancellationToken);
        var items = (ids ?? [id]).Select(i => Find(catalog, i)).OfType<CollateralItem>().ToList();
        var message = ReviewMessages.Build(items, ReviewDue.At(clock.GetUtcNow(), options.Value.ReviewDays)) with { ReplaceOriginal = true };
        try
        {
            await slack.PostToResponseUrl(responseUrl, message, cancellationToken);
        }
        catch (SlackApiException e)
        {
            // The change is stored and audited; only the redraw failed (a response_url expires after 30 minutes).
            logger.LogInformation("The review message could not be redrawn: {Reason}", e.Message);
        }
    }

    private async Task TellClickerAsync(BlockActions payload, Answer answer, CancellationToken cancellationToken)
    {
        var message = AnswerMessages.Build(answer);
        if (payload.ResponseUrl is { } responseUrl)
            await slack.PostToResponseUrl(responseUrl, message with { ReplaceOriginal = false, ResponseType = ResponseType.Ephemeral }, cancellationToken);
        else if (payload.ChannelId is { } channel)
            await slack.PostEphemeral(payload.UserId, message with { Channel = channel }, cancellationToken);
    }
}
