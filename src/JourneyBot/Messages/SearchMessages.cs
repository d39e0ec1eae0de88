using System.Globalization;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>A search's matches, best first, with what was searched and how it was narrowed; or, when nothing matched, what to try.</summary>
public static class SearchMessages
{
    public static SlackMessage Search(SearchAnswer a)
    {
        var words = string.Join(" ", a.Words);
        var narrowing = Dotted(a.Stage?.Name, a.UseCase?.Name, a.Persona?.Name);
        var title = a.IsNarrowed ? $"Search: {words} · {narrowing}" : $"Search: {words}";
        var blocks = new List<Block> { Header(title) };
        var searched = $"Searched titles, types, descriptions and owners for {string.Join(", ", a.Words.Select(w => $"*{Escape(w)}*"))}"
            + (a.IsNarrowed ? $", narrowed to {Escape(narrowing)}" : "");

        if (a.Match == SearchMatch.Nothing)
        {
            var nothing = a.IsNarrowed ? $"Nothing in the catalog matches \"{Escape(words)}\" for {Escape(narrowing)}." : $"Nothing in the catalog matches \"{Escape(words)}\".";
            blocks.Add(Section($":mag: *{nothing}*"));
            if (a.WithoutNarrowing.Count > 0)
            {
                blocks.Add(new DividerBlock());
                blocks.Add(Section($"*Without the narrowing* ({Escape(narrowing)}), the words find:"));
                blocks.AddRange(a.WithoutNarrowing.Select(i => ListMessages.Item(i, a.Freshness)));
            }
            var gaps = a.UseCase is null ? "gaps" : $"gaps {a.UseCase.Key}";
            blocks.Add(Context($"{searched}. Try other or fewer words; {Command(gaps)} shows what the journey map lacks, "
                + $"{Command("next-offer <use case> <stage>")} what to send next."));
            return SlackMessage.Ephemeral($"{title}: nothing matches", blocks);
        }

        if (a.Match == SearchMatch.AnyWord)
            blocks.Add(Section(":information_source: No item has all of the words; these have some of them, best match first."));
        blocks.AddRange(a.Items.Select(i => ListMessages.Item(i, a.Freshness)));
        var total = a.Capped ? $"{a.Total}+" : a.Total.ToString(CultureInfo.InvariantCulture);
        blocks.Add(Context(string.Create(CultureInfo.InvariantCulture,
            $"{searched}; best match first. Showing {a.Offset + 1}–{a.Offset + a.Items.Count} of {total}.")));
        if (a.HasMore && ListMessages.MoreButton(a.Question, a.Offset + a.Items.Count) is { } more) blocks.Add(more);
        return SlackMessage.Ephemeral($"{title}: {a.Items.Count} of {total} items", blocks);
    }
}
