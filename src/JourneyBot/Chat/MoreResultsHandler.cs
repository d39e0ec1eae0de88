using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Chat;

/// <summary>The "More" button: the next page of the same question replaces the message it was clicked in.</summary>
public sealed class MoreResultsHandler(JourneyAssistant assistant, SlackApiClient slack, UsageCounter usage, ILogger<MoreResultsHandler> logger) : IBlockActionHandler
{
    public async Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        if (ListMessages.ReadMoreValue(action.Value) is not { } page || payload.ResponseUrl is not { } responseUrl)
        {
            logger.LogWarning("Ignored a 'more' click without a readable page or response_url");
            return;
        }
        var answer = await assistant.AskAsync(page.Question, new AskContext(payload.UserId, payload.ChannelId, payload.TeamId, Offset: page.Offset), cancellationToken: cancellationToken);
        try
        {
            await slack.PostToResponseUrl(responseUrl, AnswerMessages.Build(answer) with { ReplaceOriginal = true }, cancellationToken);
            usage.Offered(ItemButtons.Shown(answer), payload.ChannelId);
        }
        catch (SlackApiException e)
        {
            // Expected, not a fault: a response_url expires after 30 minutes, so an old message's button ends here.
            // The client has already logged the failure as a warning.
            logger.LogInformation("The next page could not replace the message (the response_url may have expired): {Reason}", e.Message);
        }
    }
}
