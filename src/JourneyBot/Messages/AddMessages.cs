using System.Globalization;
using System.Text.Json;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Tagging;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>
/// Suggested tags, content added, and <c>add</c> in chat: a message with a button that opens the add form (a mention or DM has no trigger_id to open it
/// at once). The button carries the form's URL, title and tags, so the form it opens is the one the slash command opens.
/// </summary>
public static class AddMessages
{
    public const string OpenFormActionId = "journey_add_form";

    /// <summary>What the button carries: URL, title and the stage, persona and use-case keys the form is pre-filled with.</summary>
    public sealed record FormValue(string U, string T, string[] S, string[] P, string[] C);

    public static SlackMessage FormButton(AddFormAnswer a)
    {
        var draft = a.Draft;
        var title = draft.Title ?? "";
        var blocks = new List<Block>
        {
            Section($":pencil: *Add {Escape(title)} to the catalog?*\n{Escape(draft.Url)}\nNothing is stored until you check its tags in the form and submit it."),
        };
        var value = JsonSerializer.Serialize(
            new FormValue(draft.Url ?? "", title, [.. draft.Stages], [.. draft.Personas], [.. draft.UseCases]), FormValueJson.Default.FormValue);
        if (value.Length <= BlockKitLimits.ButtonValue)
        {
            blocks.Add(new ActionsBlock
            {
                Elements = [new Button { ActionId = OpenFormActionId, Text = new PlainText("Open the add form"), Value = value, Style = ButtonStyle.Primary }],
            });
        }
        else
        {
            blocks.Add(Context($"The link and title are too long for a button: use {Command("add <url> <title>")}, which opens the form directly."));
        }
        return SlackMessage.Ephemeral($"Add {title}? Open the add form to check its tags and store it.", blocks);
    }

    public static SlackMessage Tags(TagAnswer a)
    {
        var source = a.Suggestions.Source == TagSource.Ai ? "the AI model" : "the built-in tagger";
        string Lines(IReadOnlyList<TagSuggestion> tags, string none) => tags.Count == 0
            ? none
            : string.Join("\n", tags.Select(t => string.Create(CultureInfo.InvariantCulture, $"• *{Escape(t.Key)}* ({t.Confidence * 100:0}%): {Escape(t.Reason)}")));
        var blocks = new List<Block>
        {
            Header($"Suggested tags: {a.Item.Title}"),
            Section("*Stages*\n" + Lines(a.Suggestions.Stages, "_no stage cue: tag it by hand_")),
            Section("*Personas*\n" + Lines(a.Suggestions.Personas, "_none: fits every persona_")),
            Section("*Use cases*\n" + Lines(a.Suggestions.UseCases, "_no use case recognised_")),
            Context($"Suggested by {source}." + (a.Suggestions.Note is { } note ? " " + Escape(note) : "")
                + (a.ModelPending ? " The AI model's suggestions replace these in a moment." : "")),
        };
        var summary = string.Join(" ", a.Suggestions.Stages.Take(1).Select(t => "stage:" + t.Key)
            .Concat(a.Suggestions.Personas.Take(1).Select(t => "persona:" + t.Key))
            .Concat(a.Suggestions.UseCases.Take(1).Select(t => "use-case:" + t.Key)));
        return SlackMessage.Ephemeral($"Suggested tags ({source}): {summary}", blocks);
    }

    public static SlackMessage Added(AddedAnswer a)
    {
        var verb = a.Created ? "Added" : "Updated";
        var blocks = new List<Block> { Header($"{verb} to the catalog"), ListMessages.Item(a.Item, a.Freshness) };
        if (a.Restored) blocks.Add(Context("It was retired; it is offered again."));
        if (a.SuggestedBy is { } by)
            blocks.Add(Context($"Tags suggested by {(by == TagSource.Ai ? "the AI model" : "the built-in tagger")}; correct them with {Command("add <url> <title> stage:x persona:y use-case:z")}."));
        return SlackMessage.Ephemeral($"{verb}: {a.Item.Title}" + (a.Restored ? " (was retired; it is offered again)" : ""), blocks);
    }

    /// <summary>The button's value, or null when it is not one of ours.</summary>
    public static FormValue? ReadFormValue(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            return JsonSerializer.Deserialize(value, FormValueJson.Default.FormValue) is { U: not null, T: not null, S: not null, P: not null, C: not null } form
                ? form
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(AddMessages.FormValue))]
internal sealed partial class FormValueJson : System.Text.Json.Serialization.JsonSerializerContext;
