using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Digests;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Tagging;

namespace JourneyBot.Messages;

/// <summary>
/// Turns answers into Slack messages: the one place Slack-facing text is built, escaped and kept within
/// Block Kit limits. Everything from users or the catalog goes through <see cref="E"/> or <see cref="Mrkdwn.Link"/>.
/// </summary>
public static class AnswerMessages
{
    public const string MoreActionId = "journey_more";
    public const string Command = "/journey";
    private const int MaxDescription = 240;

    public static SlackMessage Build(Answer answer)
    {
        var message = BuildUnescapedFallback(answer);
        // The fallback text is mrkdwn too (notifications, screen readers): escape it here, once.
        return message with { Text = E(message.Text) };
    }

    private static SlackMessage BuildUnescapedFallback(Answer answer) => answer switch
    {
        CollateralListAnswer a => CollateralList(a),
        PlayAnswer a => Play(a),
        StageAnswer a => Stage(a),
        GapMapAnswer a => Gaps(a),
        HelpAnswer a => Help(a),
        NotUnderstoodAnswer a => NotUnderstood(a),
        NeedMoreAnswer a => NeedMore(a),
        NoticeAnswer a => Notice(a),
        TagAnswer a => Tags(a),
        AddedAnswer a => Added(a),
        AddFormAnswer a => AddMessages.FormButton(a),
        DigestAnswer a => DigestMessages.Digest(a),
        DigestStatusAnswer a => DigestMessages.Status(a),
        _ => throw new InvalidOperationException($"No message for {answer.GetType().Name}"),
    };

    /// <summary>Escapes foreign text for mrkdwn.</summary>
    public static string E(string? text) => Mrkdwn.Escape(text ?? "");

    public static HeaderBlock Header(string text) => new() { Text = new PlainText(BlockKitLimits.Truncate(text, BlockKitLimits.HeaderText)) };

    public static SectionBlock Section(string mrkdwn) => new() { Text = new MarkdownText(BlockKitLimits.Truncate(mrkdwn, BlockKitLimits.SectionText)) };

    public static ContextBlock Context(string mrkdwn) => new() { Elements = [new MarkdownText(BlockKitLimits.Truncate(mrkdwn, BlockKitLimits.SectionText))] };

    private static SlackMessage CollateralList(CollateralListAnswer a)
    {
        var subject = Dotted(a.Stage.Name, a.UseCase?.Name, a.Persona?.Name);
        var title = a.Kind == ListKind.NextOffer ? $"Next offer: {subject}" : $"Collateral: {subject}";
        var blocks = new List<Block>(a.Items.Count + a.Nearby.Count + 6) { Header(title) };
        if (a.StayedAtLastStage)
            blocks.Add(Section($":checkered_flag: *{E(a.Stage.Name)}* is the last stage of the buyer journey, so the next offer stays at {E(a.Stage.Name)}."));

        if (a.Total == 0)
        {
            var cell = Dotted(a.UseCase?.Name, a.Stage.Name, a.Persona?.Name);
            blocks.Add(Section($":jigsaw: *Nothing in the catalog fits {E(cell)} yet.* This is a gap in the journey map; I have noted the question for the weekly gap digest."));
            if (a.Nearby.Count > 0)
            {
                blocks.Add(new DividerBlock());
                blocks.Add(Section($"*Nearby* (another persona or stage{(a.UseCase is null ? "" : " of " + E(a.UseCase.Name))}):"));
                blocks.AddRange(a.Nearby.Select(Item));
            }
            blocks.Add(Context(E(a.Why)));
            return SlackMessage.Ephemeral($"{title}: nothing fits yet (a gap in the journey map)", blocks);
        }

        blocks.AddRange(a.Items.Select(Item));
        blocks.Add(Context(string.Create(CultureInfo.InvariantCulture, $"{E(a.Why)} Showing {a.Offset + 1}–{a.Offset + a.Items.Count} of {a.Total}.")));
        if (a.HasMore && MoreValue(a.Question, a.Offset + a.Items.Count) is { } value)
        {
            blocks.Add(new ActionsBlock
            {
                Elements = [new Button { ActionId = MoreActionId, Text = new PlainText("More"), Value = value }],
            });
        }
        return SlackMessage.Ephemeral($"{title}: {a.Items.Count} of {a.Total} items", blocks);
    }

    /// <summary>The given parts joined with " · ", skipping missing ones.</summary>
    private static string Dotted(params ReadOnlySpan<string?> parts)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        var first = true;
        foreach (var part in parts)
        {
            if (part is null) continue;
            if (!first) text.AppendLiteral(" · ");
            text.AppendLiteral(part);
            first = false;
        }
        return text.ToStringAndClear();
    }

    /// <summary>The "more" button carries the question and where the next page starts; null when it would not fit.</summary>
    private static string? MoreValue(string question, int offset)
    {
        var value = JsonSerializer.Serialize(new MorePage(question, offset), MorePageJson.Default.MorePage);
        return value.Length <= BlockKitLimits.ButtonValue ? value : null;
    }

    public sealed record MorePage(string Q, int O);

    public static MorePage? ReadMoreValue(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            return JsonSerializer.Deserialize(value, MorePageJson.Default.MorePage) is { Q: not null, O: >= 0 } page ? page : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One collateral item as a section: linked title, then its type, tags, date, owner and description.</summary>
    public static SectionBlock Item(CollateralItem item) => ItemSections.GetValue(item, static i => BlockKitJson.Reuse(BuildItem(i)));

    // Items are immutable and live as long as the catalog copy that holds them, so each item's section (and its
    // JSON) is built once per copy and shared by every later answer: the URL check, mrkdwn and JSON escaping were
    // most of a list's cost.
    private static readonly ConditionalWeakTable<CollateralItem, SectionBlock> ItemSections = [];

    private static SectionBlock BuildItem(CollateralItem item)
    {
        var text = new StringBuilder(256);
        text.Append('*').Append(Mrkdwn.Link(item.Url, item.Title)).Append("*\n");
        if (item.Type is not null) text.Append(E(item.Type)).Append(" · ");
        text.Append("stages: ");
        AppendJoined(text, item.Stages);
        text.Append(" · use cases: ");
        AppendJoined(text, item.UseCases);
        text.Append(" · for: ");
        if (item.Personas.Count == 0) text.Append("every persona");
        else AppendJoined(text, item.Personas);
        text.Append(CultureInfo.InvariantCulture, $" · updated {item.UpdatedOn:yyyy-MM-dd}");
        if (item.Owner is not null) text.Append(" · owner: ").Append(E(item.Owner));
        if (item.Description is not null) text.Append('\n').Append(E(BlockKitLimits.Truncate(item.Description, MaxDescription)));
        return Section(text.ToString());
    }

    // Same as E(string.Join(", ", values)): the separator holds nothing to escape.
    private static void AppendJoined(StringBuilder text, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(E(values[i]));
        }
    }

    private static SlackMessage Play(PlayAnswer a)
    {
        var title = $"Value play: {a.Motion.Name}" + (a.Persona is null ? "" : $" · {a.Persona.Name}");
        var p = a.Motion.ValuePlay;
        var blocks = new List<Block>
        {
            Header(title),
            Section($"*Context (promise / offer)*\n{E(p.Context ?? "not written yet")}"),
            new SectionBlock
            {
                Fields =
                [
                    new MarkdownText(BlockKitLimits.Truncate($"*Who to meet*\n{E(p.WhoToMeet ?? "-")}", BlockKitLimits.SectionFieldText)),
                    new MarkdownText(BlockKitLimits.Truncate($"*How to measure progress*\n{E(p.HowToMeasure ?? "-")}", BlockKitLimits.SectionFieldText)),
                ],
            },
            Section($"*What to say*\n{E(p.WhatToSay ?? "-")}"),
            Section($"*What to show*\n{E(p.WhatToShow ?? "-")}"),
            new DividerBlock(),
            Section($"*Top collateral per stage* ({E(string.Join(", ", a.UseCases.Select(u => u.Name)))}{(a.Persona is null ? "" : ", for " + E(a.Persona.Name))})"),
        };
        foreach (var stage in a.Stages)
        {
            var lines = stage.Top.Count == 0
                ? "_nothing yet: a gap_"
                : string.Join("\n", stage.Top.Select(i => $"• {Mrkdwn.Link(i.Url, i.Title)}{(i.Type is null ? "" : " (" + E(i.Type) + ")")}"));
            blocks.Add(Section($"*{E(stage.Stage.Name)}*\n{lines}"));
        }
        if (a.Motion.Channel is not null) blocks.Add(Context($"Motion channel: {E(a.Motion.Channel)}"));
        return SlackMessage.Ephemeral(title, blocks);
    }

    private static SlackMessage Stage(StageAnswer a)
    {
        var s = a.Stage;
        var title = a.IsBuyerStage ? $"Stage: {s.Name}" : $"Stage: {s.Name} ({s.JourneyName})";
        var blocks = new List<Block> { Header(title) };
        if (s.Definition is not null) blocks.Add(Section(E(s.Definition)));
        var fields = new List<TextObject>();
        void Field(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                fields.Add(new MarkdownText(BlockKitLimits.Truncate($"*{label}*\n{E(value)}", BlockKitLimits.SectionFieldText)));
        }
        Field("Focus", s.Focus);
        Field("Owner", s.Owner);
        Field("Measured by", s.MeasuredBy);
        Field("Activities", s.Activities.Count == 0 ? null : string.Join(", ", s.Activities));
        if (fields.Count > 0) blocks.Add(new SectionBlock { Fields = fields });
        if (s.TypicalCollateral.Count > 0)
            blocks.Add(Section("*Typical collateral*\n" + string.Join("\n", s.TypicalCollateral.Select(t => "• " + E(t)))));
        if (s.Aliases.Count > 0) blocks.Add(Context("Also known as: " + E(string.Join(", ", s.Aliases))));
        blocks.Add(Context(a.Next is null ? $"{E(s.Name)} is the last stage of the {E(s.JourneyName)}." : $"Next stage: {E(a.Next.Name)}"));
        return SlackMessage.Ephemeral(title, blocks);
    }

    private const int MaxGapSections = 40;

    private static SlackMessage Gaps(GapMapAnswer a)
    {
        var scope = a.UseCases.Count == 1 ? a.UseCases[0].Name : "all use cases";
        var title = $"Gap map: {scope}";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{a.Empty.Count} of {a.CellCount} cells have no collateral; {a.Stale.Count} only have collateral older than {a.FreshnessDays} days.");
        var blocks = new List<Block> { Header(title), Section(summary) };
        var byUseCase = GapsByUseCase(a.UseCases, a.Empty, a.Stale);
        foreach (var x in byUseCase.Take(MaxGapSections))
            blocks.Add(Section($"*{E(x.UseCase.Name)}* (`{E(x.UseCase.Key)}`)" + CellLines(x, int.MaxValue)));
        if (MoreUseCases(byUseCase.Count, MaxGapSections) is { } more) blocks.Add(more);
        if (byUseCase.Count == 0) blocks.Add(Section(":white_check_mark: No holes: every cell has fresh collateral."));
        return SlackMessage.Ephemeral($"{title}: {summary}", blocks);
    }

    /// <summary>One use case's holes, with how often people asked about it (the digest's demand gaps).</summary>
    public sealed record UseCaseGaps(UseCaseInfo UseCase, IReadOnlyList<GapCell> Empty, IReadOnlyList<GapCell> Stale, int Asked);

    /// <summary>
    /// The use cases that have holes, worst first: most empty cells, then stale, then asked for. The gap map and
    /// the weekly digest list them the same way.
    /// </summary>
    public static List<UseCaseGaps> GapsByUseCase(
        IEnumerable<UseCaseInfo> useCases, IReadOnlyList<GapCell> empty, IReadOnlyList<GapCell> stale, Func<string, int>? asked = null) =>
        useCases
            .Select(u => new UseCaseGaps(u, empty.Where(c => c.UseCase == u.Key).ToList(), stale.Where(c => c.UseCase == u.Key).ToList(), asked?.Invoke(u.Key) ?? 0))
            .Where(x => x.Empty.Count + x.Stale.Count + x.Asked > 0)
            .OrderByDescending(x => x.Empty.Count).ThenByDescending(x => x.Stale.Count).ThenByDescending(x => x.Asked)
            .ThenBy(x => x.UseCase.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The ":white_square: empty:" and ":hourglass: stale:" lines of one use case, each cut after <paramref name="maxCells"/>.</summary>
    public static string CellLines(UseCaseGaps gaps, int maxCells)
    {
        var text = new StringBuilder();
        if (gaps.Empty.Count > 0) text.Append("\n:white_square: empty: ").Append(E(Cells(gaps.Empty, maxCells)));
        if (gaps.Stale.Count > 0) text.Append("\n:hourglass: stale: ").Append(E(Cells(gaps.Stale, maxCells)));
        return text.ToString();
    }

    /// <summary>The line that stands for use cases past the shown <paramref name="shown"/>; null when all fit.</summary>
    public static ContextBlock? MoreUseCases(int total, int shown) => total <= shown
        ? null
        : Context(string.Create(CultureInfo.InvariantCulture, $"…and {total - shown} more use cases with gaps: ask `{Command} gaps <use case>`."));

    /// <summary>"consideration/manager, decision/executive" (with the use case when asked), then "+N more" past <paramref name="max"/>.</summary>
    public static string Cells(IReadOnlyList<GapCell> cells, int max, bool withUseCase = false)
    {
        var text = string.Join(", ", cells.Take(max).Select(c => withUseCase ? $"{c.UseCase} {c.Stage}/{c.Persona}" : $"{c.Stage}/{c.Persona}"));
        return cells.Count > max ? string.Create(CultureInfo.InvariantCulture, $"{text} +{cells.Count - max} more") : text;
    }

    private static SlackMessage Help(HelpAnswer a)
    {
        var blocks = new List<Block> { Header("JourneyBot: which content fits this prospect now, and what comes next") };
        if (a.Intro is not null) blocks.Add(Section(E(a.Intro)));
        var lines = a.Commands.Select(c => $"`{Command} {E(c.Usage)}`\n{E(c.Does)}. _e.g._ `{Command} {E(c.Example)}`");
        // Two sections keep each under the 3,000-character limit.
        var half = (a.Commands.Count + 1) / 2;
        blocks.Add(Section(string.Join("\n\n", lines.Take(half))));
        blocks.Add(Section(string.Join("\n\n", lines.Skip(half))));
        blocks.Add(Context("Mention me or DM me with the same words: _which collateral fits consideration for CI managers?_"));
        return SlackMessage.Ephemeral("JourneyBot commands: " + string.Join(", ", a.Commands.Select(c => c.Usage.Split(' ')[0])), blocks);
    }

    private static SlackMessage NotUnderstood(NotUnderstoodAnswer a)
    {
        var lines = a.Unknown.Select(u => u.Suggestions.Count == 0
            ? $"• I don't know *{E(u.Word)}*."
            : $"• I don't know *{E(u.Word)}*: did you mean {string.Join(" or ", u.Suggestions.Select(s => $"*{E(s)}*"))}?");
        var text = "I didn't understand part of that:\n" + string.Join("\n", lines);
        return SlackMessage.Ephemeral(
            "I didn't understand: " + string.Join(", ", a.Unknown.Select(u => u.Word)),
            [Section(text), Context($"Nothing was changed. `{Command} help` lists the commands; stages, personas and use cases can be written in any order.")]);
    }

    private static SlackMessage NeedMore(NeedMoreAnswer a) => SlackMessage.Ephemeral(a.Problem,
    [
        Section($":point_right: {E(a.Problem)}"),
        Context($"Usage: `{Command} {E(a.Usage)}` · Example: `{Command} {E(a.Example)}`"),
    ]);

    private static SlackMessage Tags(TagAnswer a)
    {
        var source = a.Suggestions.Source == TagSource.Ai ? "the AI model" : "the built-in tagger";
        string Lines(IReadOnlyList<TagSuggestion> tags, string none) => tags.Count == 0
            ? none
            : string.Join("\n", tags.Select(t => string.Create(CultureInfo.InvariantCulture, $"• *{E(t.Key)}* ({t.Confidence * 100:0}%): {E(t.Reason)}")));
        var blocks = new List<Block>
        {
            Header($"Suggested tags: {a.Item.Title}"),
            Section("*Stages*\n" + Lines(a.Suggestions.Stages, "_no stage cue: tag it by hand_")),
            Section("*Personas*\n" + Lines(a.Suggestions.Personas, "_none: fits every persona_")),
            Section("*Use cases*\n" + Lines(a.Suggestions.UseCases, "_no use case recognised_")),
            Context($"Suggested by {source}." + (a.Suggestions.Note is { } note ? " " + E(note) : "")
                + (a.ModelPending ? " The AI model's suggestions replace these in a moment." : "")),
        };
        var summary = string.Join(" ", a.Suggestions.Stages.Take(1).Select(t => "stage:" + t.Key)
            .Concat(a.Suggestions.Personas.Take(1).Select(t => "persona:" + t.Key))
            .Concat(a.Suggestions.UseCases.Take(1).Select(t => "use-case:" + t.Key)));
        return SlackMessage.Ephemeral($"Suggested tags ({source}): {summary}", blocks);
    }

    private static SlackMessage Added(AddedAnswer a)
    {
        var verb = a.Created ? "Added" : "Updated";
        var blocks = new List<Block> { Header($"{verb} to the catalog"), Item(a.Item) };
        if (a.SuggestedBy is { } by)
            blocks.Add(Context($"Tags suggested by {(by == TagSource.Ai ? "the AI model" : "the built-in tagger")}; correct them with `{Command} add <url> <title> stage:x persona:y use-case:z`."));
        return SlackMessage.Ephemeral($"{verb}: {a.Item.Title}", blocks);
    }

    private static SlackMessage Notice(NoticeAnswer a) => SlackMessage.Ephemeral(a.Title + ": " + a.Text,
        [Section((a.IsError ? ":warning: " : ":white_check_mark: ") + $"*{E(a.Title)}*\n{E(a.Text)}" + (a.Command is null ? "" : $" `{Command} {E(a.Command)}`"))]);
}

/// <summary>The "more" button's value is written on every list answer: generated code, not reflection.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(AnswerMessages.MorePage))]
internal sealed partial class MorePageJson : System.Text.Json.Serialization.JsonSerializerContext;
