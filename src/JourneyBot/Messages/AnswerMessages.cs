using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Messages;

/// <summary>
/// Turns answers into Slack messages: each answer family has its renderer, this picks it. The one place
/// Slack-facing text is built, escaped and kept within Block Kit limits.
/// </summary>
public static class AnswerMessages
{
    public static SlackMessage Build(Answer answer)
    {
        var message = BuildUnescapedFallback(answer);
        // The fallback text is mrkdwn too (notifications, screen readers): escape it here, once.
        return message with { Text = Kit.Escape(message.Text) };
    }

    private static SlackMessage BuildUnescapedFallback(Answer answer) => answer switch
    {
        CollateralListAnswer a => ListMessages.CollateralList(a),
        PlayAnswer a => PlayMessages.Play(a),
        StageAnswer a => PlayMessages.Stage(a),
        GapMapAnswer a => GapMessages.Gaps(a),
        SearchAnswer a => SearchMessages.Search(a),
        DigestAnswer a => DigestMessages.Digest(a),
        DigestStatusAnswer a => DigestMessages.Status(a),
        TagAnswer a => AddMessages.Tags(a),
        AddedAnswer a => AddMessages.Added(a),
        AddFormAnswer a => AddMessages.FormButton(a),
        HelpAnswer a => HelpMessages.Help(a),
        NotUnderstoodAnswer a => HelpMessages.NotUnderstood(a),
        NeedMoreAnswer a => HelpMessages.NeedMore(a),
        NoticeAnswer a => HelpMessages.Notice(a),
        _ => throw new InvalidOperationException($"No message for {answer.GetType().Name}"),
    };
}
