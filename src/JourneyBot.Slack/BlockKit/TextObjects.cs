using System.Text.Json.Serialization;

namespace JourneyBot.Slack.BlockKit;

/// <summary>A text object; its subtypes are listed here so that each writes its own fields.</summary>
[JsonDerivedType(typeof(PlainText))]
[JsonDerivedType(typeof(MarkdownText))]
public abstract record TextObject
{
    // Only this assembly adds text types, so the list above is complete.
    private protected TextObject(string type, string text)
    {
        Type = type;
        Text = text;
    }

    /// <summary>Slack's name for the text object, written first.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; }

    // Last, after emoji / verbatim: the order these objects have always been sent in.
    [JsonPropertyOrder(1)]
    public string Text { get; init; }
}

/// <summary>Text shown as is (headers, buttons, labels, options).</summary>
public sealed record PlainText(string Text) : TextObject("plain_text", Text)
{
    public bool? Emoji { get; init; }
}

/// <summary>Slack mrkdwn. Escape foreign text with <see cref="Mrkdwn.Escape"/> before putting it here.</summary>
public sealed record MarkdownText(string Text) : TextObject("mrkdwn", Text)
{
    public bool? Verbatim { get; init; }
}

/// <summary>A choice in a select menu.</summary>
public sealed record Option(PlainText Text, string Value)
{
    public PlainText? Description { get; init; }
}
