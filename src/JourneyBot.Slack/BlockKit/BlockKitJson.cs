using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Slack.BlockKit;

/// <summary>
/// Writes messages, views, blocks, elements, text objects and options by hand. Every slash command reply is made
/// of these, and the serializer's general path (find each block's runtime type, walk its metadata, check every
/// property for null) cost more than computing the answer. The JSON is the declared shape: snake_case names in
/// declaration order, the <c>type</c> first, unset optional fields left out. Slack never sends these objects for
/// us to read back.
/// </summary>
public static class BlockKitJson
{
    // JSON of blocks marked with Reuse, held as long as the block itself.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Block, byte[]> ReusedJson = [];

    /// <summary>
    /// Marks a block that is sent again and again unchanged (a catalog item in every answer that lists it): its
    /// JSON is written now, and every later message holding this same instance copies those bytes instead of
    /// escaping and encoding its text again. Blocks are immutable, and a <c>with</c> copy is a new, unmarked block.
    /// </summary>
    public static T Reuse<T>(T block) where T : Block
    {
        ReusedJson.AddOrUpdate(block, JsonSerializer.SerializeToUtf8Bytes<Block>(block, SlackJson.Options));
        return block;
    }

    internal static JsonConverter[] Converters { get; } =
        [new MessageConverter(), new ViewConverter(), new BlockConverter(), new ElementConverter(), new TextConverter(), new OptionConverter()];

    private static readonly JsonEncodedText ResponseType = JsonEncodedText.Encode("response_type");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");
    private static readonly JsonEncodedText ThreadTs = JsonEncodedText.Encode("thread_ts");
    private static readonly JsonEncodedText ReplaceOriginal = JsonEncodedText.Encode("replace_original");
    private static readonly JsonEncodedText DeleteOriginal = JsonEncodedText.Encode("delete_original");
    private static readonly JsonEncodedText UnfurlLinks = JsonEncodedText.Encode("unfurl_links");
    private static readonly JsonEncodedText CallbackId = JsonEncodedText.Encode("callback_id");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Submit = JsonEncodedText.Encode("submit");
    private static readonly JsonEncodedText Close = JsonEncodedText.Encode("close");
    private static readonly JsonEncodedText PrivateMetadata = JsonEncodedText.Encode("private_metadata");
    private static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("external_id");

    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText BlockId = JsonEncodedText.Encode("block_id");
    private static readonly JsonEncodedText ActionId = JsonEncodedText.Encode("action_id");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Emoji = JsonEncodedText.Encode("emoji");
    private static readonly JsonEncodedText Verbatim = JsonEncodedText.Encode("verbatim");
    private static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");
    private static readonly JsonEncodedText Accessory = JsonEncodedText.Encode("accessory");
    private static readonly JsonEncodedText Elements = JsonEncodedText.Encode("elements");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Element = JsonEncodedText.Encode("element");
    private static readonly JsonEncodedText Optional = JsonEncodedText.Encode("optional");
    private static readonly JsonEncodedText Hint = JsonEncodedText.Encode("hint");
    private static readonly JsonEncodedText DispatchAction = JsonEncodedText.Encode("dispatch_action");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");
    private static readonly JsonEncodedText InitialValue = JsonEncodedText.Encode("initial_value");
    private static readonly JsonEncodedText Multiline = JsonEncodedText.Encode("multiline");
    private static readonly JsonEncodedText Placeholder = JsonEncodedText.Encode("placeholder");
    private static readonly JsonEncodedText MaxLength = JsonEncodedText.Encode("max_length");
    private static readonly JsonEncodedText Options = JsonEncodedText.Encode("options");
    private static readonly JsonEncodedText InitialOption = JsonEncodedText.Encode("initial_option");
    private static readonly JsonEncodedText InitialOptions = JsonEncodedText.Encode("initial_options");
    private static readonly JsonEncodedText MaxSelectedItems = JsonEncodedText.Encode("max_selected_items");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");

    private abstract class WriteOnly<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(T).Name} is written for Slack, never read back.");
    }

    private sealed class MessageConverter : WriteOnly<SlackMessage>
    {
        public override void Write(Utf8JsonWriter w, SlackMessage message, JsonSerializerOptions options)
        {
            w.WriteStartObject();
            if (message.ResponseType is { } type) w.WriteString(ResponseType, type == BlockKit.ResponseType.InChannel ? "in_channel" : "ephemeral");
            OptionalString(w, Channel, message.Channel);
            w.WriteString(Text, message.Text);
            if (message.Blocks is { } blocks) BlockArray(w, blocks);
            OptionalString(w, ThreadTs, message.ThreadTs);
            OptionalBool(w, ReplaceOriginal, message.ReplaceOriginal);
            OptionalBool(w, DeleteOriginal, message.DeleteOriginal);
            OptionalBool(w, UnfurlLinks, message.UnfurlLinks);
            w.WriteEndObject();
        }
    }

    private sealed class ViewConverter : WriteOnly<View>
    {
        public override void Write(Utf8JsonWriter w, View view, JsonSerializerOptions options)
        {
            w.WriteStartObject();
            w.WriteString(TypeName, view.Type == ViewType.Home ? "home" : "modal");
            OptionalString(w, CallbackId, view.CallbackId);
            OptionalText(w, Title, view.Title);
            OptionalText(w, Submit, view.Submit);
            OptionalText(w, Close, view.Close);
            OptionalString(w, PrivateMetadata, view.PrivateMetadata);
            OptionalString(w, ExternalId, view.ExternalId);
            BlockArray(w, view.Blocks);
            w.WriteEndObject();
        }
    }

    private sealed class BlockConverter : WriteOnly<Block>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(Block).IsAssignableFrom(typeToConvert);

        public override void Write(Utf8JsonWriter w, Block block, JsonSerializerOptions options) => WriteObject(w, block);

        public static void WriteObject(Utf8JsonWriter w, Block block)
        {
            if (ReusedJson.TryGetValue(block, out var json))
            {
                w.WriteRawValue(json, skipInputValidation: true);
                return;
            }
            w.WriteStartObject();
            w.WriteString(TypeName, block.Type);
            OptionalString(w, BlockId, block.BlockId);
            switch (block)
            {
                case HeaderBlock header:
                    WriteText(w, Text, header.Text);
                    break;
                case SectionBlock section:
                    OptionalText(w, Text, section.Text);
                    if (section.Fields is { } fields) TextArray(w, Fields, fields);
                    if (section.Accessory is { } accessory) WriteElement(w, Accessory, accessory);
                    break;
                case ContextBlock context:
                    TextArray(w, Elements, context.Elements);
                    break;
                case ActionsBlock actions:
                    w.WriteStartArray(Elements);
                    foreach (var element in actions.Elements) ElementConverter.WriteObject(w, element);
                    w.WriteEndArray();
                    break;
                case InputBlock input:
                    WriteText(w, Label, input.Label);
                    WriteElement(w, Element, input.Element);
                    OptionalBool(w, Optional, input.Optional);
                    OptionalText(w, Hint, input.Hint);
                    OptionalBool(w, DispatchAction, input.DispatchAction);
                    break;
                case DividerBlock:
                    break;
                default:
                    throw new NotSupportedException($"No JSON writer for block {block.GetType().Name}.");
            }
            w.WriteEndObject();
        }
    }

    private sealed class ElementConverter : WriteOnly<BlockElement>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(BlockElement).IsAssignableFrom(typeToConvert);

        public override void Write(Utf8JsonWriter w, BlockElement element, JsonSerializerOptions options) => WriteObject(w, element);

        public static void WriteObject(Utf8JsonWriter w, BlockElement element)
        {
            w.WriteStartObject();
            w.WriteString(TypeName, element.Type);
            w.WriteString(ActionId, element.ActionId);
            switch (element)
            {
                case Button button:
                    WriteText(w, Text, button.Text);
                    OptionalString(w, Value, button.Value);
                    OptionalString(w, Url, button.Url);
                    if (button.Style is { } style) w.WriteString(Style, style == ButtonStyle.Primary ? "primary" : "danger");
                    break;
                case PlainTextInput input:
                    OptionalString(w, InitialValue, input.InitialValue);
                    OptionalBool(w, Multiline, input.Multiline);
                    OptionalText(w, Placeholder, input.Placeholder);
                    if (input.MaxLength is { } max) w.WriteNumber(MaxLength, max);
                    break;
                case StaticSelect select:
                    OptionalText(w, Placeholder, select.Placeholder);
                    OptionArray(w, Options, select.Options);
                    if (select.InitialOption is { } initial)
                    {
                        w.WritePropertyName(InitialOption);
                        OptionConverter.WriteObject(w, initial);
                    }
                    break;
                case MultiStaticSelect select:
                    OptionalText(w, Placeholder, select.Placeholder);
                    OptionArray(w, Options, select.Options);
                    if (select.InitialOptions is { } initials) OptionArray(w, InitialOptions, initials);
                    if (select.MaxSelectedItems is { } most) w.WriteNumber(MaxSelectedItems, most);
                    break;
                default:
                    throw new NotSupportedException($"No JSON writer for element {element.GetType().Name}.");
            }
            w.WriteEndObject();
        }
    }

    private sealed class TextConverter : WriteOnly<TextObject>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(TextObject).IsAssignableFrom(typeToConvert);

        public override void Write(Utf8JsonWriter w, TextObject text, JsonSerializerOptions options) => WriteObject(w, text);

        // "emoji" / "verbatim" before "text": the order the declared records have always serialised in.
        public static void WriteObject(Utf8JsonWriter w, TextObject text)
        {
            w.WriteStartObject();
            w.WriteString(TypeName, text.Type);
            switch (text)
            {
                case PlainText plain: OptionalBool(w, Emoji, plain.Emoji); break;
                case MarkdownText markdown: OptionalBool(w, Verbatim, markdown.Verbatim); break;
            }
            w.WriteString(Text, text.Text);
            w.WriteEndObject();
        }
    }

    private sealed class OptionConverter : WriteOnly<Option>
    {
        public override void Write(Utf8JsonWriter w, Option option, JsonSerializerOptions options) => WriteObject(w, option);

        public static void WriteObject(Utf8JsonWriter w, Option option)
        {
            w.WriteStartObject();
            WriteText(w, Text, option.Text);
            w.WriteString(Value, option.Value);
            OptionalText(w, Description, option.Description);
            w.WriteEndObject();
        }
    }

    private static void BlockArray(Utf8JsonWriter w, IReadOnlyList<Block> blocks)
    {
        w.WriteStartArray(Blocks);
        foreach (var block in blocks) BlockConverter.WriteObject(w, block);
        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, JsonEncodedText name, TextObject text)
    {
        w.WritePropertyName(name);
        TextConverter.WriteObject(w, text);
    }

    private static void OptionalText(Utf8JsonWriter w, JsonEncodedText name, TextObject? text)
    {
        if (text is not null) WriteText(w, name, text);
    }

    private static void TextArray(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<TextObject> texts)
    {
        w.WriteStartArray(name);
        foreach (var text in texts) TextConverter.WriteObject(w, text);
        w.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter w, JsonEncodedText name, BlockElement element)
    {
        w.WritePropertyName(name);
        ElementConverter.WriteObject(w, element);
    }

    private static void OptionArray(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<Option> options)
    {
        w.WriteStartArray(name);
        foreach (var option in options) OptionConverter.WriteObject(w, option);
        w.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void OptionalBool(Utf8JsonWriter w, JsonEncodedText name, bool? value)
    {
        if (value is { } b) w.WriteBoolean(name, b);
    }
}
