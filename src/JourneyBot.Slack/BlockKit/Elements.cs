namespace JourneyBot.Slack.BlockKit;

public abstract record BlockElement
{
    protected BlockElement(string type) => Type = type;

    public string Type { get; }

    /// <summary>Routes the interaction to its handler; unique within the block.</summary>
    public required string ActionId { get; init; }
}

public enum ButtonStyle
{
    Primary,
    Danger,
}

public sealed record Button() : BlockElement("button")
{
    public required PlainText Text { get; init; }
    public string? Value { get; init; }
    public string? Url { get; init; }
    public ButtonStyle? Style { get; init; }
}

public sealed record PlainTextInput() : BlockElement("plain_text_input")
{
    public string? InitialValue { get; init; }
    public bool? Multiline { get; init; }
    public PlainText? Placeholder { get; init; }
    public int? MaxLength { get; init; }
}

public sealed record StaticSelect() : BlockElement("static_select")
{
    public PlainText? Placeholder { get; init; }
    public required IReadOnlyList<Option> Options { get; init; }
    public Option? InitialOption { get; init; }
}

public sealed record MultiStaticSelect() : BlockElement("multi_static_select")
{
    public PlainText? Placeholder { get; init; }
    public required IReadOnlyList<Option> Options { get; init; }
    public IReadOnlyList<Option>? InitialOptions { get; init; }
    public int? MaxSelectedItems { get; init; }
}
