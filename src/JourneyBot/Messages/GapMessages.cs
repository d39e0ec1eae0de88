using System.Globalization;
using System.Text;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>The gap map, and the gap lines it shares with the weekly digest (<see cref="DigestMessages"/>).</summary>
public static class GapMessages
{
    private const int MaxGapSections = 40;

    public static SlackMessage Gaps(GapMapAnswer a)
    {
        var scope = a.UseCases.Count == 1 ? a.UseCases[0].Name : "all use cases";
        var title = $"Gap map: {scope}";
        var allStale = a.Stale.Count;
        var someStale = a.StaleCounts.Count - allStale;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{a.Empty.Count} of {a.CellCount} cells have no collateral; {allStale} only have collateral older than {a.Freshness.Days} days")
            + (someStale > 0 ? string.Create(CultureInfo.InvariantCulture, $", {someStale} more have some.") : ".");
        var blocks = new List<Block> { Header(title), Section(summary) };
        var byUseCase = GapMap.ByUseCase(a.UseCases, a.Empty, a.StaleCounts);
        foreach (var x in byUseCase.Take(MaxGapSections))
            blocks.Add(Section($"*{Escape(x.UseCase.Name)}* (`{Escape(x.UseCase.Key)}`)" + CellLines(x, int.MaxValue)));
        if (MoreUseCases(byUseCase.Count, MaxGapSections) is { } more) blocks.Add(more);
        if (byUseCase.Count == 0) blocks.Add(Section(":white_check_mark: No holes: every cell has fresh collateral."));
        return SlackMessage.Ephemeral($"{title}: {summary}", blocks);
    }

    /// <summary>
    /// The ":white_square: empty:" line and the ":hourglass:" line of stale counts ("awareness/executive 3 of 5 stale")
    /// of one use case, each cut after <paramref name="maxCells"/>.
    /// </summary>
    public static string CellLines(UseCaseGaps gaps, int maxCells)
    {
        var text = new StringBuilder();
        if (gaps.Empty.Count > 0) text.Append("\n:white_square: empty: ").Append(Escape(Cells(gaps.Empty, maxCells)));
        if (gaps.StaleCounts.Count > 0) text.Append("\n:hourglass: ").Append(Escape(StaleCells(gaps.StaleCounts, maxCells)));
        return text.ToString();
    }

    /// <summary>"awareness/executive 3 of 5 stale, decision/manager 2 of 2 stale", then "+N more" past <paramref name="max"/>.</summary>
    public static string StaleCells(IReadOnlyList<StaleCount> cells, int max)
    {
        var text = string.Join(", ", cells.Take(max).Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Cell.Stage}/{c.Cell.Persona} {c.Stale} of {c.Items} stale")));
        return cells.Count > max ? string.Create(CultureInfo.InvariantCulture, $"{text} +{cells.Count - max} more") : text;
    }

    /// <summary>The line that stands for use cases past the shown <paramref name="shown"/>; null when all fit.</summary>
    public static ContextBlock? MoreUseCases(int total, int shown) => total <= shown
        ? null
        : Context(string.Create(CultureInfo.InvariantCulture, $"…and {total - shown} more use cases with gaps: ask {Command("gaps <use case>")}."));

    /// <summary>"consideration/manager, decision/executive" (with the use case when asked), then "+N more" past <paramref name="max"/>.</summary>
    public static string Cells(IReadOnlyList<GapCell> cells, int max, bool withUseCase = false)
    {
        var text = string.Join(", ", cells.Take(max).Select(c => withUseCase ? $"{c.UseCase} {c.Stage}/{c.Persona}" : $"{c.Stage}/{c.Persona}"));
        return cells.Count > max ? string.Create(CultureInfo.InvariantCulture, $"{text} +{cells.Count - max} more") : text;
    }
}
