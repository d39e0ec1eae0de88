namespace JourneyBot.Slack.BlockKit;

// Every Block Kit type carries its own "type" property, written first (BlockKitJson writes these by hand).
public abstract record TextObject
{
    protected TextObject(string type, string text)
    {
        Type = type;
        Text = text;
    }

    public string Type { get; }

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
