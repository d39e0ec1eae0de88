using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>Value plays and journey stages.</summary>
public static class PlayMessages
{
    public static SlackMessage Play(PlayAnswer a)
    {
        var title = $"Value play: {a.Motion.Name}" + (a.Persona is null ? "" : $" · {a.Persona.Name}");
        var p = a.Motion.ValuePlay;
        var blocks = new List<Block>
        {
            Header(title),
            Section($"*Context (promise / offer)*\n{Escape(p.Context ?? "not written yet")}"),
            new SectionBlock { Fields = [Field("Who to meet", p.WhoToMeet ?? "-"), Field("How to measure progress", p.HowToMeasure ?? "-")] },
            Section($"*What to say*\n{Escape(p.WhatToSay ?? "-")}"),
            Section($"*What to show*\n{Escape(p.WhatToShow ?? "-")}"),
            new DividerBlock(),
            Section($"*Top collateral per stage* ({Escape(string.Join(", ", a.UseCases.Select(u => u.Name)))}{(a.Persona is null ? "" : ", for " + Escape(a.Persona.Name))})"),
        };
        foreach (var stage in a.Stages)
        {
            var lines = stage.Top.Count == 0
                ? "_nothing yet: a gap_"
                : string.Join("\n", stage.Top.Select(i => $"• {Mrkdwn.Link(i.Url, i.Title)}{(i.Type is null ? "" : " (" + Escape(i.Type) + ")")}{StaleMark.Suffix(i, a.Freshness)}"));
            blocks.Add(Section($"*{Escape(stage.Stage.Name)}*\n{lines}"));
        }
        if (a.Motion.Channel is not null) blocks.Add(Context($"Motion channel: {Escape(a.Motion.Channel)}"));
        return SlackMessage.Ephemeral(title, blocks);
    }

    public static SlackMessage Stage(StageAnswer a)
    {
        var s = a.Stage;
        var title = a.IsBuyerStage ? $"Stage: {s.Name}" : $"Stage: {s.Name} ({s.JourneyName})";
        var blocks = new List<Block> { Header(title) };
        if (s.Definition is not null) blocks.Add(Section(Escape(s.Definition)));
        var fields = new List<TextObject>();
        void AddField(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) fields.Add(Field(label, value));
        }
        AddField("Focus", s.Focus);
        AddField("Owner", s.Owner);
        AddField("Measured by", s.MeasuredBy);
        AddField("Activities", s.Activities.Count == 0 ? null : string.Join(", ", s.Activities));
        if (fields.Count > 0) blocks.Add(new SectionBlock { Fields = fields });
        if (s.TypicalCollateral.Count > 0)
            blocks.Add(Section("*Typical collateral*\n" + string.Join("\n", s.TypicalCollateral.Select(t => "• " + Escape(t)))));
        if (s.Aliases.Count > 0) blocks.Add(Context("Also known as: " + Escape(string.Join(", ", s.Aliases))));
        blocks.Add(Context(a.Next is null ? $"{Escape(s.Name)} is the last stage of the {Escape(s.JourneyName)}." : $"Next stage: {Escape(a.Next.Name)}"));
        return SlackMessage.Ephemeral(title, blocks);
    }
}
