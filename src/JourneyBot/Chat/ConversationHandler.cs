using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Chat;

/// <summary>
/// Mentions and DMs, read with the same vocabulary as <c>/journey</c>. Mentions are answered in their thread;
/// bots, message subtypes (edits, deletes, joins) and our own messages are ignored so the bot never answers itself.
/// </summary>
public sealed class ConversationHandler(
    JourneyAssistant assistant, SlackApiClient slack, BotIdentity bot, HomeTab home, UsageCounter usage, ILogger<ConversationHandler> logger) : IEventHandler
{
    public async Task Handle(EventCallback callback, CancellationToken cancellationToken)
    {
        if (callback.AppMention is { } mention)
        {
            if (mention.BotId is not null || mention.User is null || mention.User == bot.UserId) return;
            await ReplyAsync(mention.Text, mention.User, mention.Channel, callback.TeamId, mention.ReplyThreadTs, cancellationToken);
        }
        else if (callback.Message is { IsDirectMessage: true } message)
        {
            if (message.IsFromBotOrSystem || message.User is null || message.User == bot.UserId || string.IsNullOrWhiteSpace(message.Text)) return;
            await ReplyAsync(message.Text, message.User, message.Channel, callback.TeamId, message.ThreadTs, cancellationToken);
        }
        else if (callback.AppHomeOpened is { IsHomeTab: true } opened)
        {
            await home.PublishAsync(opened.User, cancellationToken);
        }
    }

    private async Task ReplyAsync(string text, string user, string channel, string team, string? threadTs, CancellationToken cancellationToken)
    {
        var question = SlackInput.ToPlainText(text);
        var answer = await assistant.AskAsync(question, new AskContext(user, channel, team), freeText: true, cancellationToken);
        var message = AnswerMessages.Build(answer) with { Channel = channel, ThreadTs = threadTs, ResponseType = null, UnfurlLinks = false };
        await slack.PostMessage(message, cancellationToken);
        usage.Offered(ItemButtons.Shown(answer), channel); // counted once it was posted
        logger.LogInformation("Answered a {Kind} with {Answer}", threadTs is null ? "DM" : "mention", answer.GetType().Name);
    }
}
