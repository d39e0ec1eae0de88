using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Messages;

/// <summary>Marks an answer the AI model read the question for, with the command it read it as, so the reader can check it.</summary>
public static class ModelReadMessages
{
    /// <summary><paramref name="message"/> (fallback text not yet escaped) with the reading as its first block.</summary>
    public static SlackMessage Mark(SlackMessage message, string command)
    {
        ArgumentNullException.ThrowIfNull(message);
        var note = $":robot_face: Read by the AI model as {Kit.Command(command)}";
        if (message.Blocks is not { } blocks)
            return message with { Text = $"Read by the AI model as {command}: {message.Text}" };
        // At Slack's block limit the answer keeps its blocks and the reading goes in the fallback text only.
        if (blocks.Count >= BlockKitLimits.MessageBlocks)
            return message with { Text = $"Read by the AI model as {command}: {message.Text}" };
        return message with { Blocks = [Kit.Context(note), .. blocks] };
    }
}
