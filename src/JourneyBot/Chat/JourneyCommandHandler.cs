using JourneyBot.Core;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Usage;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Chat;

/// <summary>The slash command: every catalog answer goes back in the immediate response, one round trip.</summary>
/// <remarks>
/// The add form and the model follow-up are resolved only when an answer needs them: both hold a Slack Web API
/// client, and building one (an HttpClient from the factory) on every catalog answer is measurable under load.
/// </remarks>
public sealed class JourneyCommandHandler(
    JourneyAssistant assistant, UsageCounter usage, IServiceProvider services, ILogger<JourneyCommandHandler> logger) : ISlashCommandHandler
{
    public async Task<SlackMessage?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        var context = new AskContext(command.UserId, command.ChannelId, command.TeamId, Interactive: command.TriggerId is not null);
        var answer = await assistant.AskAsync(SlackInput.ToPlainText(command.Text), context, cancellationToken: cancellationToken);
        if (logger.IsEnabled(LogLevel.Information)) // skips the verb split and the argument array when not logged
            logger.LogInformation("Answered {Command} {Verb} with {Answer}", LogText.Safe(command.Command), LogText.Safe(FirstWord(command.Text)), answer.GetType().Name);

        if (answer is AddFormAnswer form && command.TriggerId is { } trigger)
        {
            var problem = await services.GetRequiredService<AddCollateralForm>().OpenAsync(trigger, form, command.ChannelId, cancellationToken);
            return problem is null ? null : AnswerMessages.Build(problem); // the modal is the reply
        }
        if (answer is TagAnswer { ModelPending: true } tags && command.ResponseUrl is { } responseUrl)
            services.GetRequiredService<ModelFollowUp>().ReplaceTagAnswer(tags.Item, responseUrl);
        usage.Offered(ItemButtons.Shown(answer), command.ChannelId);
        var message = AnswerMessages.Build(answer);
        if (answer is GapMapAnswer gaps && command.ResponseUrl is { } pictureUrl)
            services.GetRequiredService<MapFollowUp>().PostPicture(gaps, pictureUrl, message.ResponseType);
        return message;
    }

    // Only the verb is logged: the rest of the text is the user's and may be long or sensitive.
    private static string FirstWord(string text) => text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "help";
}
