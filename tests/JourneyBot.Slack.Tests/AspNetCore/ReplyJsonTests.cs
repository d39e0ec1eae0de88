using System.Text;
using JourneyBot.Slack.AspNetCore;
using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Slack.Tests.AspNetCore;

public sealed class ReplyJsonTests
{
    private static SlackMessage Message(string text, int sections) => SlackMessage.Ephemeral(
        text, [new HeaderBlock { Text = new PlainText(text) }, .. Enumerable.Range(0, sections).Select(i => new SectionBlock { Text = new MarkdownText($"*{i}* <https://x.example/{i}|{text}>") })]);

    [Fact]
    public void Writes_the_same_bytes_as_the_serializer()
    {
        var message = Message("Next offer: Consideration · CI & \"quotes\"", 5);

        Assert.Equal(SlackJson.Serialize(message), Encoding.UTF8.GetString(ReplyJson.Serialize(message)));
    }

    [Fact]
    public void Each_reply_on_a_thread_starts_from_an_empty_buffer()
    {
        var large = Message(new string('x', 3000), 40); // past the capacity a thread keeps
        var small = Message("small", 1);

        Assert.Equal(SlackJson.Serialize(large), Encoding.UTF8.GetString(ReplyJson.Serialize(large)));
        Assert.Equal(SlackJson.Serialize(small), Encoding.UTF8.GetString(ReplyJson.Serialize(small)));
        Assert.Equal(SlackJson.Serialize(small), Encoding.UTF8.GetString(ReplyJson.Serialize(small)));
    }

    [Fact]
    public async Task Threads_do_not_share_a_buffer()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            var message = Message($"reply {i}", i);
            for (var n = 0; n < 200; n++)
                if (Encoding.UTF8.GetString(ReplyJson.Serialize(message)) != SlackJson.Serialize(message))
                    return false;
            return true;
        })));

        Assert.All(replies, Assert.True);
    }
}
