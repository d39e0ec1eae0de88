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
        if (answer.ReadAs is { } readAs && message.Blocks is { } blocks)
            message = message with { Blocks = WithReadAs(blocks, readAs) };
        // The fallback text is mrkdwn too (notifications, screen readers): escape it here, once.
        return message with { Text = Kit.Escape(message.Text) };
    }

    /// <summary>How a plain question was read, as a context line under every answer: shown once, here, for every kind.</summary>
    private static IReadOnlyList<Block> WithReadAs(IReadOnlyList<Block> blocks, ReadAs readAs)
    {
        var parts = readAs.Intent.Length > 0 ? [readAs.Intent, .. readAs.Understood] : readAs.Understood;
        var line = "Read as: " + Kit.Escape(string.Join(" · ", parts));
        if (readAs.Ignored.Count > 0) line += "; ignored: " + Kit.Escape(string.Join(", ", readAs.Ignored));
        var context = Kit.Context(line);
        // Within Slack's block limit: the line replaces the last block rather than push the message over it.
        return blocks.Count < BlockKitLimits.MessageBlocks ? [.. blocks, context] : [.. blocks.Take(BlockKitLimits.MessageBlocks - 1), context];
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
        ModelReadAnswer a => ModelReadMessages.Mark(BuildUnescapedFallback(a.Answer), a.Command),
        _ => throw new InvalidOperationException($"No message for {answer.GetType().Name}"),
    };
}
