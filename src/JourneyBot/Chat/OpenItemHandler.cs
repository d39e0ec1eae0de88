using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Chat;

/// <summary>
/// An item's "Open" button: the browser opens the link on its own; this counts the open (item, channel, week; not who).
/// Nothing is sent back: the click's acknowledgement is the whole reply.
/// </summary>
public sealed class OpenItemHandler(UsageCounter usage, ILogger<OpenItemHandler> logger) : IBlockActionHandler
{
    public Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        if (ItemButtons.ReadItemId(action.Value) is { } id)
            usage.Opened(id, payload.ChannelId);
        else
            logger.LogWarning("Ignored an 'open' click without an item id");
        return Task.CompletedTask;
    }
}
