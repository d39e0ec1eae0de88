using JourneyBot.Chat;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Messages;

/// <summary>
/// The few Block Kit pieces every renderer uses, each kept within Slack's limits. Text from users or the catalog
/// goes through <see cref="Escape"/> (or <see cref="Mrkdwn.Link"/>) exactly once.
/// </summary>
public static class Kit
{
    /// <summary>Escapes foreign text for mrkdwn.</summary>
    public static string Escape(string? text) => Mrkdwn.Escape(text ?? "");

    public static HeaderBlock Header(string text) => new() { Text = new PlainText(BlockKitLimits.Truncate(text, BlockKitLimits.HeaderText)) };

    public static SectionBlock Section(string mrkdwn) => new() { Text = new MarkdownText(BlockKitLimits.Truncate(mrkdwn, BlockKitLimits.SectionText)) };

    public static ContextBlock Context(string mrkdwn) => new() { Elements = [new MarkdownText(BlockKitLimits.Truncate(mrkdwn, BlockKitLimits.SectionText))] };

    /// <summary>One field of a section with fields: a bold label over its (escaped) value.</summary>
    public static MarkdownText Field(string label, string value) =>
        new(BlockKitLimits.Truncate($"*{label}*\n{Escape(value)}", BlockKitLimits.SectionFieldText));

    /// <summary>A command as the reader types it, in code style: <c>`/journey gaps ci`</c>. <paramref name="command"/> is without the name.</summary>
    public static string Command(string command) => $"`{AppManifest.CommandName} {Escape(command)}`";

    /// <summary>The given parts joined with " · ", skipping missing ones.</summary>
    public static string Dotted(params string?[] parts) => string.Join(" · ", parts.Where(p => p is not null));
}
