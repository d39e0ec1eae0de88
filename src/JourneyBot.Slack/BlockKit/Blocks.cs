using System.Text.Json.Serialization;

namespace JourneyBot.Slack.BlockKit;

/// <summary>
/// A layout block. Its subtypes are listed here so that a list of blocks writes each block's own fields; a test
/// fails for any concrete block in this assembly that is not listed.
/// </summary>
[JsonDerivedType(typeof(HeaderBlock))]
[JsonDerivedType(typeof(SectionBlock))]
[JsonDerivedType(typeof(ContextBlock))]
[JsonDerivedType(typeof(DividerBlock))]
[JsonDerivedType(typeof(ActionsBlock))]
[JsonDerivedType(typeof(InputBlock))]
[JsonDerivedType(typeof(ImageBlock))]
public abstract record Block
{
    // Only this assembly adds block types, so the list above is complete.
    private protected Block(string type) => Type = type;

    /// <summary>Slack's name for the block, written first.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; }

    [JsonPropertyOrder(-1)]
    public string? BlockId { get; init; }
}

public sealed record HeaderBlock() : Block("header")
{
    public required PlainText Text { get; init; }
}

public sealed record SectionBlock() : Block("section")
{
    public TextObject? Text { get; init; }
    public IReadOnlyList<TextObject>? Fields { get; init; }
    public BlockElement? Accessory { get; init; }
}

public sealed record ContextBlock() : Block("context")
{
    public required IReadOnlyList<TextObject> Elements { get; init; }
}

public sealed record DividerBlock() : Block("divider");

public sealed record ActionsBlock() : Block("actions")
{
    public required IReadOnlyList<BlockElement> Elements { get; init; }
}

/// <summary>A labelled form field in a modal; its value comes back in <c>view.state.values[block_id][action_id]</c>.</summary>
public sealed record InputBlock() : Block("input")
{
    public required PlainText Label { get; init; }
    public required BlockElement Element { get; init; }
    public bool? Optional { get; init; }
    public PlainText? Hint { get; init; }
    public bool? DispatchAction { get; init; }
}

/// <summary>
/// An image: a file the app uploaded (<see cref="SlackFile"/>, see <c>SlackApiClient.UploadFile</c>) or a public
/// <see cref="ImageUrl"/>; exactly one of the two. <see cref="AltText"/> is what screen readers say.
/// </summary>
public sealed record ImageBlock() : Block("image")
{
    public required string AltText { get; init; }
    public PlainText? Title { get; init; }
    public string? ImageUrl { get; init; }
    public SlackFileRef? SlackFile { get; init; }
}

/// <summary>A reference to an uploaded Slack file by its id (<c>F…</c>).</summary>
public sealed record SlackFileRef(string Id);
