using System.Text.Json;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.AnswerMessages;

namespace JourneyBot.Messages;

/// <summary>
/// <c>add</c> in chat: a message with a button that opens the add form (a mention or DM has no trigger_id to open it
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
            Section($":pencil: *Add {E(title)} to the catalog?*\n{E(draft.Url)}\nNothing is stored until you check its tags in the form and submit it."),
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
            blocks.Add(Context($"The link and title are too long for a button: use `{Command} add <url> <title>`, which opens the form directly."));
        }
        return SlackMessage.Ephemeral($"Add {title}? Open the add form to check its tags and store it.", blocks);
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
