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
        var blocks = ValuePlayBlocks(title, a);
        if (a.UseCases.Count == 0) return NoUseCases(title, blocks, a);
        blocks.AddRange(
        [
            new DividerBlock(),
            Section($"*Top collateral per stage* ({Escape(string.Join(", ", a.UseCases.Select(u => u.Name)))}{(a.Persona is null ? "" : ", for " + Escape(a.Persona.Name))})"),
        ]);
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

    /// <summary>Shown on every example play, in Slack and (through the blocks) in the terminal.</summary>
    public const string ExampleNotice = "Example text shipped with JourneyBot: replace it with your own (catalog import).";

    // The play itself: an example says so first, before anyone reads it as the company's word; a sourced one says where
    // it comes from. With a persona, "what to say" is that persona's talk track when the play has one.
    private static List<Block> ValuePlayBlocks(string title, PlayAnswer a)
    {
        var p = a.Motion.ValuePlay;
        var blocks = new List<Block> { Header(title) };
        if (p.IsExample) blocks.Add(Context($":warning: *{ExampleNotice}*"));
        var track = a.Persona is null ? null : p.TalkTrackFor(a.Persona.Key);
        blocks.AddRange(
        [
            Section($"*Context (promise / offer)*\n{Escape(p.Context ?? "not written yet")}"),
            new SectionBlock { Fields = [Field("Who to meet", p.WhoToMeet ?? "-"), Field("How to measure progress", p.HowToMeasure ?? "-")] },
            Section(track is null ? $"*What to say*\n{Escape(p.WhatToSay ?? "-")}" : $"*What to say · {Escape(a.Persona!.Name)}*\n{Escape(track)}"),
            Section($"*What to show*\n{Escape(p.WhatToShow ?? "-")}"),
        ]);
        if (!string.IsNullOrWhiteSpace(p.Source)) blocks.Add(Context($"Source: {Escape(p.Source)}"));
        return blocks;
    }

    // A motion no use case belongs to (yet) has no collateral to rank: say so rather than show three empty stages as gaps.
    private static SlackMessage NoUseCases(string title, List<Block> blocks, PlayAnswer a)
    {
        blocks.Add(Context($"No use case belongs to {Escape(a.Motion.Name)} yet, so there is no collateral to show: give a use case `motion: {Escape(a.Motion.Key)}` in the catalog."));
        if (a.Motion.Channel is not null) blocks.Add(Context($"Motion channel: {Escape(a.Motion.Channel)}"));
        return SlackMessage.Ephemeral(title, blocks);
    }

    public static SlackMessage Stage(StageAnswer a)
    {
        var s = a.Stage;
        var title = a.IsBuyerStage ? $"Stage: {s.Name}" : $"Stage: {s.Name} ({s.JourneyName})";
        var blocks = new List<Block> { Header(title) };
        if (a.OwnerAsked)
            blocks.Add(Section(s.Owner is null
                ? $"No owner is written down for {Escape(s.Name)} yet."
                : $"*{Escape(s.Owner)}* owns {Escape(s.Name)}" + (s.MeasuredBy is null ? "." : $", measured by {Escape(s.MeasuredBy)}.")));
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
