using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Slack.Handlers;

// Handlers are small DI-resolved classes (scoped: one instance per delivery), registered with
// SlackBuilder. The same handlers serve the HTTP endpoints and Socket Mode.

/// <summary>Answers a slash command within Slack's 3 seconds.</summary>
public interface ISlashCommandHandler
{
    /// <returns>The immediate reply (ephemeral unless the message says otherwise), or null for none.
    /// Slow work belongs on <see cref="SlashCommand.ResponseUrl"/>.</returns>
    Task<SlackMessage?> Handle(SlashCommand command, CancellationToken cancellationToken);
}

/// <summary>Handles Events API callbacks. Runs after Slack has been acknowledged, once per <c>event_id</c>.</summary>
public interface IEventHandler
{
    Task Handle(EventCallback callback, CancellationToken cancellationToken);
}

/// <summary>Handles a click or selection on an element with a given <c>action_id</c>. Runs after the ack.</summary>
public interface IBlockActionHandler
{
    Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken);
}

/// <summary>Handles a modal submission with a given <c>callback_id</c> within Slack's 3 seconds.</summary>
public interface IViewSubmissionHandler
{
    /// <returns>null to close the modal; otherwise field errors, an updated or pushed view.</returns>
    Task<ViewSubmissionResponse?> Handle(ViewSubmission submission, CancellationToken cancellationToken);
}
