using JourneyBot.Core.Journeys;
using JourneyBot.Chat;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>Help, questions not understood or lacking something, and plain notices.</summary>
public static class HelpMessages
{
    public static SlackMessage Help(HelpAnswer a)
    {
        var blocks = new List<Block> { Header("JourneyBot: which content fits this prospect now, and what comes next") };
        if (a.Intro is not null) blocks.Add(Section(Escape(a.Intro)));
        if (a.PlainQuestions.Count > 0)
            blocks.Add(Section("*Ask as you would ask a colleague*, here, in a mention or in a DM:\n"
                + string.Join("\n", a.PlainQuestions.Select(q => $"• _{Escape(q)}_"))));
        blocks.Add(Section("*Or use a command:*"));
        var lines = a.Commands.Select(c => $"{Command(c.Usage)}\n{Escape(c.Does)}. _e.g._ {Command(c.Example)}");
        // Two sections keep each under the 3,000-character limit.
        var half = (a.Commands.Count + 1) / 2;
        blocks.Add(Section(string.Join("\n\n", lines.Take(half))));
        blocks.Add(Section(string.Join("\n\n", lines.Skip(half))));
        blocks.Add(Context("Stages, personas, job titles and use cases can be written in any order; each answer says how your question was read."));
        return SlackMessage.Ephemeral("JourneyBot commands: " + string.Join(", ", a.Commands.Select(c => c.Usage.Split(' ')[0])), blocks);
    }

    public static SlackMessage NotUnderstood(NotUnderstoodAnswer a)
    {
        var lines = a.Unknown.Select(u => u.Suggestions.Count == 0
            ? $"• I don't know *{Escape(u.Word)}*."
            : $"• I don't know *{Escape(u.Word)}*: did you mean {string.Join(" or ", u.Suggestions.Select(s => $"*{Escape(s)}*"))}?");
        var text = "I didn't understand part of that:\n" + string.Join("\n", lines);
        return SlackMessage.Ephemeral(
            "I didn't understand: " + string.Join(", ", a.Unknown.Select(u => u.Word)),
            [Section(text), Context($"Nothing was changed. {Command("help")} lists the commands; stages, personas and use cases can be written in any order.")]);
    }

    public static SlackMessage NeedMore(NeedMoreAnswer a) => SlackMessage.Ephemeral(a.Problem,
    [
        Section($":point_right: {Escape(a.Problem)}"),
        Context($"Usage: {Command(a.Usage)} · Example: {Command(a.Example)}"),
    ]);

    public static SlackMessage Notice(NoticeAnswer a) => SlackMessage.Ephemeral(
        a.Title + ": " + a.Text + (a.Command is null ? "" : $" {AppManifest.CommandName} {a.Command}"),
        [Section((a.IsError ? ":warning: " : ":white_check_mark: ") + $"*{Escape(a.Title)}*\n{Escape(a.Text)}" + (a.Command is null ? "" : " " + Command(a.Command)))]);
}
