using System.Text.RegularExpressions;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Chat;

/// <summary>
/// The chat edge for text: what Slack sends (slash command text, mentions, DMs) as the plain text the journey core reads.
/// Links become their URL (<c>&lt;https://x|label&gt;</c> is <c>https://x</c>), user mentions are removed, channel and
/// special mentions become their name, and <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c> the characters typed.
/// </summary>
public static partial class SlackInput
{
    public static string ToPlainText(string slackText)
    {
        ArgumentNullException.ThrowIfNull(slackText);
        // Slack escapes the '<' and '>' a person types, so every '<...>' left is one of its control sequences;
        // entities are decoded last, so a decoded "<" is never read as one.
        var text = slackText.Contains('<', StringComparison.Ordinal) ? ControlSequence().Replace(slackText, Plain) : slackText;
        return Mrkdwn.Unescape(text).Trim();
    }

    private static string Plain(Match m)
    {
        var target = m.Groups["target"].Value;
        var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
        return target[0] switch
        {
            '@' => " ",                                        // <@U123> or <@U123|pat>: who was mentioned is not the question
            '#' => "#" + (label ?? target[1..]),               // <#C123|general>
            '!' => label ?? "@" + target[1..].Split('^')[0],   // <!here>, <!subteam^S1|@team>
            _ => target,                                       // <https://x|label>, <mailto:a@b.example>
        };
    }

    [GeneratedRegex(@"<(?<target>[^<>|\s][^<>|]*)(\|(?<label>[^<>]*))?>")]
    private static partial Regex ControlSequence();
}
