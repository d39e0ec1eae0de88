using System.Globalization;

namespace JourneyBot.Slack.BlockKit;

/// <summary>
/// Slack's Block Kit limits. Slack rejects a whole message (<c>invalid_blocks</c>) for one long field,
/// so message builders truncate with <see cref="Truncate"/> and check with <see cref="Validate(SlackMessage)"/>.
/// </summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    /// <summary>An image block's alt text and title.</summary>
    public const int ImageText = 2000;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int SectionFieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int Id = 255;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ViewTitle = 24;
    public const int PrivateMetadata = 3000;
    public const int SelectOptions = 100;
    public const int OptionText = 75;

    public const string Ellipsis = "…";

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
            return text;

        var keep = max - Ellipsis.Length;
        // Never split a surrogate pair: half an emoji is invalid UTF-16 and Slack rejects it.
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>Every limit the message breaks, as readable paths (empty when it is fine to send).</summary>
    public static IReadOnlyList<string> Validate(SlackMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new List<string>();
        if (string.IsNullOrWhiteSpace(message.Text))
            violations.Add("text: empty; set it as the notification fallback");
        CheckBlocks(message.Blocks ?? [], MessageBlocks, violations);
        return violations;
    }

    /// <summary>Every limit the modal or Home tab breaks (empty when it is fine to send).</summary>
    public static IReadOnlyList<string> Validate(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var violations = new List<string>();
        Check(violations, "title", view.Title?.Text, ViewTitle);
        Check(violations, "submit", view.Submit?.Text, ViewTitle);
        Check(violations, "close", view.Close?.Text, ViewTitle);
        Check(violations, "private_metadata", view.PrivateMetadata, PrivateMetadata);
        Check(violations, "callback_id", view.CallbackId, Id);
        if (view.Type == ViewType.Modal && view.Title is null)
            violations.Add("title: a modal needs a title");
        CheckBlocks(view.Blocks, ViewBlocks, violations);
        return violations;
    }

    private static void CheckBlocks(IReadOnlyList<Block> blocks, int maxBlocks, List<string> violations)
    {
        if (blocks.Count > maxBlocks)
            violations.Add($"blocks: {blocks.Count} blocks; the limit is {maxBlocks}");

        for (var i = 0; i < blocks.Count; i++)
        {
            var path = $"blocks[{i}]";
            var block = blocks[i];
            Check(violations, $"{path}.block_id", block.BlockId, Id);
            switch (block)
            {
                case HeaderBlock header:
                    Check(violations, $"{path}.text", header.Text.Text, HeaderText);
                    break;
                case SectionBlock section:
                    Check(violations, $"{path}.text", section.Text?.Text, SectionText);
                    var fields = section.Fields ?? [];
                    CheckCount(violations, $"{path}.fields", fields.Count, SectionFields);
                    for (var f = 0; f < fields.Count; f++)
                        Check(violations, $"{path}.fields[{f}]", fields[f].Text, SectionFieldText);
                    if (section.Accessory is { } accessory)
                        CheckElement(violations, $"{path}.accessory", accessory);
                    break;
                case ContextBlock context:
                    CheckCount(violations, $"{path}.elements", context.Elements.Count, ContextElements);
                    break;
                case ActionsBlock actions:
                    CheckCount(violations, $"{path}.elements", actions.Elements.Count, ActionsElements);
                    for (var e = 0; e < actions.Elements.Count; e++)
                        CheckElement(violations, $"{path}.elements[{e}]", actions.Elements[e]);
                    break;
                case InputBlock input:
                    CheckElement(violations, $"{path}.element", input.Element);
                    break;
                case ImageBlock image:
                    Check(violations, $"{path}.alt_text", image.AltText, ImageText);
                    Check(violations, $"{path}.title", image.Title?.Text, ImageText);
                    if ((image.ImageUrl is null) == (image.SlackFile is null))
                        violations.Add($"{path}: an image needs exactly one of image_url and slack_file");
                    break;
            }
        }
    }

    private static void CheckElement(List<string> violations, string path, BlockElement element)
    {
        Check(violations, $"{path}.action_id", element.ActionId, Id);
        switch (element)
        {
            case Button button:
                Check(violations, $"{path}.text", button.Text.Text, ButtonText);
                Check(violations, $"{path}.value", button.Value, ButtonValue);
                break;
            case StaticSelect select:
                CheckOptions(violations, path, select.Options);
                break;
            case MultiStaticSelect select:
                CheckOptions(violations, path, select.Options);
                break;
        }
    }

    private static void CheckOptions(List<string> violations, string path, IReadOnlyList<Option> options)
    {
        CheckCount(violations, $"{path}.options", options.Count, SelectOptions);
        for (var o = 0; o < options.Count; o++)
            Check(violations, $"{path}.options[{o}].text", options[o].Text.Text, OptionText);
    }

    private static void Check(List<string> violations, string path, string? text, int max)
    {
        if (text is not null && text.Length > max)
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {text.Length} characters; the limit is {max}"));
    }

    private static void CheckCount(List<string> violations, string path, int count, int max)
    {
        if (count > max)
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} items; the limit is {max}"));
    }
}
