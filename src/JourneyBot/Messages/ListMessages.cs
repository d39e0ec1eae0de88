using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>Lists of collateral (next offer, collateral for a stage), paged with a "More" button, and the item section they share.</summary>
public static class ListMessages
{
    public const string MoreActionId = "journey_more";
    private const int MaxDescription = 240;

    public static SlackMessage CollateralList(CollateralListAnswer a)
    {
        var subject = Dotted(a.Stage.Name, a.UseCase?.Name, a.Persona?.Name);
        var title = a.Kind == ListKind.NextOffer ? $"Next offer: {subject}" : $"Collateral: {subject}";
        var blocks = new List<Block> { Header(title) };
        if (a.StayedAtLastStage)
            blocks.Add(Section($":checkered_flag: *{Escape(a.Stage.Name)}* is the last stage of the buyer journey, so the next offer stays at {Escape(a.Stage.Name)}."));

        if (a.Total == 0)
        {
            var cell = Dotted(a.UseCase?.Name, a.Stage.Name, a.Persona?.Name);
            blocks.Add(Section($":jigsaw: *Nothing in the catalog fits {Escape(cell)} yet.* This is a gap in the journey map; I have noted the question for the weekly gap digest."));
            if (a.Nearby.Count > 0)
            {
                blocks.Add(new DividerBlock());
                blocks.Add(Section($"*Nearby* (another persona or stage{(a.UseCase is null ? "" : " of " + Escape(a.UseCase.Name))}):"));
                blocks.AddRange(a.Nearby.Select(i => Item(i, a.Freshness)));
            }
            blocks.Add(Context(Escape(a.Why)));
            return SlackMessage.Ephemeral($"{title}: nothing fits yet (a gap in the journey map)", blocks);
        }

        blocks.AddRange(a.Items.Select(i => Item(i, a.Freshness)));
        blocks.Add(Context(string.Create(CultureInfo.InvariantCulture, $"{Escape(a.Why)} Showing {a.Offset + 1}–{a.Offset + a.Items.Count} of {a.Total}.")));
        if (a.HasMore && MoreButton(a.Question, a.Offset + a.Items.Count) is { } more) blocks.Add(more);
        return SlackMessage.Ephemeral($"{title}: {a.Items.Count} of {a.Total} items", blocks);
    }

    /// <summary>
    /// One collateral item as a section: title (see <see cref="ItemButtons.Title"/>), then its type, tags, date (or
    /// stale mark), owner and description, with an "Open" link button beside it.
    /// </summary>
    public static SectionBlock Item(CollateralItem item, Freshness freshness) => RenderedItems.Get(item, freshness.IsStale(item));

    private static SectionBlock Render(CollateralItem item, bool stale)
    {
        var open = ItemButtons.Open(item);
        var text = new StringBuilder(256);
        text.Append('*').Append(ItemButtons.Title(item, open)).Append("*\n");
        if (item.Type is not null) text.Append(Escape(item.Type)).Append(" · ");
        text.Append("stages: ").Append(Escape(string.Join(", ", item.Stages)));
        text.Append(" · use cases: ").Append(Escape(string.Join(", ", item.UseCases)));
        text.Append(" · for: ").Append(item.Personas.Count == 0 ? "every persona" : Escape(string.Join(", ", item.Personas)));
        text.Append(" · ").Append(stale ? StaleMark.Text(item) : string.Create(CultureInfo.InvariantCulture, $"updated {item.UpdatedOn:yyyy-MM-dd}"));
        if (item.Owner is not null) text.Append(" · owner: ").Append(Escape(item.Owner));
        if (item.Description is not null) text.Append('\n').Append(Escape(BlockKitLimits.Truncate(item.Description, MaxDescription)));
        return Section(text.ToString()) with { Accessory = open };
    }

    /// <summary>
    /// Each item's section, rendered once per catalog copy and freshness (items are immutable and belong to one copy,
    /// so an entry lives exactly as long as the copy that holds the item). Item sections are most of every list
    /// answer's rendering; bench/README.md has what this cache is worth per request.
    /// </summary>
    private static class RenderedItems
    {
        private static readonly ConditionalWeakTable<CollateralItem, Sections> Cache = new();

        public static SectionBlock Get(CollateralItem item, bool stale)
        {
            var sections = Cache.GetOrAdd(item, static _ => new Sections());
            // Two threads racing render equal sections; either may be kept.
            return stale ? sections.Stale ??= Render(item, true) : sections.Fresh ??= Render(item, false);
        }

        private sealed class Sections
        {
            public SectionBlock? Fresh;
            public SectionBlock? Stale;
        }
    }

    /// <summary>What the "More" button carries: the question and where the next page starts.</summary>
    public sealed record MorePage(
        [property: JsonPropertyName("Q")] string Question,
        [property: JsonPropertyName("O")] int Offset); // short names: a button value holds at most 2,000 characters

    /// <summary>
    /// The "More" button of a paged answer (lists and search): its handler asks <paramref name="question"/> again from
    /// <paramref name="nextOffset"/>. Null when the question is too long for a button's value.
    /// </summary>
    public static ActionsBlock? MoreButton(string question, int nextOffset)
    {
        var value = JsonSerializer.Serialize(new MorePage(question, nextOffset), MorePageJson.Default.MorePage);
        return value.Length <= BlockKitLimits.ButtonValue
            ? new ActionsBlock { Elements = [new Button { ActionId = MoreActionId, Text = new PlainText("More"), Value = value }] }
            : null;
    }

    /// <summary>The page a "More" click asks for, or null when the value is not one of ours.</summary>
    public static MorePage? ReadMoreValue(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            return JsonSerializer.Deserialize(value, MorePageJson.Default.MorePage) is { Question: not null, Offset: >= 0 } page ? page : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The "more" button's value is written on every list answer: generated code, not reflection.</summary>
[JsonSerializable(typeof(ListMessages.MorePage))]
internal sealed partial class MorePageJson : JsonSerializerContext;
