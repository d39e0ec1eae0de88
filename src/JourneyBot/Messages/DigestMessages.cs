using System.Globalization;
using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.GapMessages;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>
/// The weekly gap digest and its subscription status: a summary line, the worst use
/// cases first with their cells collapsed to short lists, then demand and changes; never more than
/// <see cref="BlockKitLimits.MessageBlocks"/> blocks, every section cut to its limit.
/// </summary>
public static class DigestMessages
{
    private const int MaxUseCaseSections = 25;
    private const int MaxCellsPerLine = 12;
    private const int MaxDemandLines = 10;
    private const int MaxAddedLines = 8;

    public static SlackMessage Digest(DigestAnswer answer)
    {
        var d = answer.Digest;
        var scope = d.AllUseCases ? "all use cases" : string.Join(", ", d.UseCases.Select(u => u.Name));
        var title = (answer.IsPreview ? "Gap digest preview: " : "Weekly gap digest: ") + scope;
        var asked = d.Demand.Sum(q => q.Count);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{d.Empty.Count} empty and {d.Stale.Count} stale of {d.CellCount} cells · {asked} unanswered question{(asked == 1 ? "" : "s")} in {d.DemandDays} days · {ChangeSummary(d.Changes)}");
        var blocks = new List<Block> { Header(title), Section($"*{Escape(summary)}*") };

        var byUseCase = GapMap.ByUseCase(d.UseCases, d.Empty, d.StaleCounts, key => d.Demand.Where(q => q.UseCase == key).Sum(q => q.Count));
        if (byUseCase.Count > 0) blocks.Add(new DividerBlock());
        foreach (var x in byUseCase.Take(MaxUseCaseSections))
        {
            blocks.Add(Section(string.Create(CultureInfo.InvariantCulture,
                $"*{Escape(x.UseCase.Name)}* (`{Escape(x.UseCase.Key)}`): {x.Empty.Count} empty · {x.StaleCells} stale · {x.Asked} asked") + CellLines(x, MaxCellsPerLine)));
        }
        if (MoreUseCases(byUseCase.Count, MaxUseCaseSections) is { } moreUseCases) blocks.Add(moreUseCases);
        if (byUseCase.Count == 0)
            blocks.Add(Section(":white_check_mark: No holes: every cell has fresh collateral, and nobody asked for something we lack."));

        if (d.Demand.Count > 0)
        {
            var lines = d.Demand.Take(MaxDemandLines).Select(q => string.Create(CultureInfo.InvariantCulture,
                $"• {q.Count}× “{Escape(BlockKitLimits.Truncate(q.Question, 200))}”{Where(q)}"));
            var more = d.Demand.Count > MaxDemandLines ? string.Create(CultureInfo.InvariantCulture, $"\n_…and {d.Demand.Count - MaxDemandLines} more_") : "";
            blocks.Add(new DividerBlock());
            blocks.Add(Section($"*:mag: Asked for, not found* (last {d.DemandDays} days)\n{string.Join("\n", lines)}{more}"));
        }

        if (d.UnknownWords.Count > 0)
        {
            var when = d.DemandDays == 7 ? "this week" : string.Create(CultureInfo.InvariantCulture, $"in the last {d.DemandDays} days");
            var words = string.Join(", ", d.UnknownWords.Select(w => string.Create(CultureInfo.InvariantCulture, $"{BlockKitLimits.Truncate(w.Word, 40)} ({w.Count})")));
            blocks.Add(Section($"*:abc: Words JourneyBot did not know {when}:* {Escape(words)}\n_Add the ones that mean something as aliases, so those questions are understood._"));
        }

        if (OwnerDigestMessages.DueForReview(d.DueForReview) is { } due) blocks.Add(due);
        if (OwnerDigestMessages.Unreachable(d.UnreachableOwners) is { } owners) blocks.Add(owners);

        var changes = ChangeLines(d.Changes, d.Freshness);
        if (changes.Length > 0) blocks.Add(Section(changes));
        if (UsageMessages.DigestSection(d.Usage) is { } usage) blocks.Add(usage);
        blocks.Add(Context(string.Create(CultureInfo.InvariantCulture,
            $"Cells are use case · stage/persona. Stale: only collateral older than {d.Freshness.Days} days. {Command("gaps <use case>")} shows the full map; {Command("digest status")} the schedule.")));
        return new SlackMessage { Text = $"{title}: {summary}", Blocks = blocks, ResponseType = ResponseType.Ephemeral };
    }

    public static SlackMessage Status(DigestStatusAnswer a)
    {
        var title = a.Change switch
        {
            DigestSubscriptionChange.Subscribed => "Subscribed to the weekly gap digest",
            DigestSubscriptionChange.Updated => "Weekly gap digest updated",
            _ => "Weekly gap digest",
        };
        var next = a.NextRun.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)
                   + $" ({a.Schedule.TimeZoneId}, UTC{a.NextRun.ToString("zzz", CultureInfo.InvariantCulture)})";
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"This channel gets the gap digest for *{Escape(string.Join(", ", a.UseCases.Select(u => u.Name)))}* ")
            .Append(CultureInfo.InvariantCulture, $"every *{Escape(a.Schedule.Describe())}*.\n")
            .Append(CultureInfo.InvariantCulture, $"Next digest: *{Escape(next)}*.");
        if (a.LastDeliveredWeek is not null) text.Append(CultureInfo.InvariantCulture, $"\nLast posted: week {Escape(a.LastDeliveredWeek)}.");
        return SlackMessage.Ephemeral($"{title}: {a.Schedule.Describe()}, next {next}",
        [
            Header(title),
            Section(text.ToString()),
            Context($"Change it with {Command("digest subscribe [use cases] on <weekday> at <HH:MM> [<IANA tz>]")}; stop with {Command("digest unsubscribe")}; see it now with {Command("digest preview")}."),
        ]);
    }

    private static string ChangeSummary(DigestChanges c) => c.IsFirst
        ? string.Create(CultureInfo.InvariantCulture, $"{c.Added.Count} added this week (first digest)")
        : string.Create(CultureInfo.InvariantCulture, $"since the last digest: {c.Added.Count} added, {c.Closed.Count} gaps closed, {c.Opened.Count} opened");

    private static string ChangeLines(DigestChanges c, Freshness freshness)
    {
        var text = new StringBuilder();
        if (c.Added.Count > 0)
        {
            text.Append(c.IsFirst ? "*:new: Added this week*\n" : "*:new: Added since the last digest*\n");
            text.AppendJoin("\n", c.Added.Take(MaxAddedLines).Select(i => $"• {Mrkdwn.Link(i.Url, BlockKitLimits.Truncate(i.Title, 150))} ({Escape(string.Join(", ", i.UseCases))} · {Escape(string.Join(", ", i.Stages))}){StaleMark.Suffix(i, freshness)}"));
            if (c.Added.Count > MaxAddedLines) text.Append(CultureInfo.InvariantCulture, $"\n_…and {c.Added.Count - MaxAddedLines} more_");
        }
        if (c.Closed.Count > 0) text.Append(text.Length > 0 ? "\n" : "").Append(":white_check_mark: *Gaps closed*: ").Append(Escape(Cells(c.Closed, MaxCellsPerLine, withUseCase: true)));
        if (c.Opened.Count > 0) text.Append(text.Length > 0 ? "\n" : "").Append(":warning: *Gaps opened*: ").Append(Escape(Cells(c.Opened, MaxCellsPerLine, withUseCase: true)));
        return text.ToString();
    }

    private static string Where(DemandGap q)
    {
        var parts = new[] { q.UseCase, q.Stage, q.Persona }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? "" :  " (" + Escape(string.Join(" · ", parts)) + ")";
    }
}
