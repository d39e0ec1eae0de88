using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;

namespace JourneyBot.Slack.Tests.BlockKit;

/// <summary>BlockKitLimits.Truncate: text cut to Slack's limits without breaking characters.</summary>
public sealed class TruncateTests
{
    [Fact]
    public void Truncate_leaves_short_text_untouched()
    {
        Assert.Equal("short", BlockKitLimits.Truncate("short", 5));
    }

    [Fact]
    public void Truncate_cuts_to_the_limit_and_ends_with_an_ellipsis()
    {
        var cut = BlockKitLimits.Truncate(new string('a', 200), 150);

        Assert.Equal(150, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_never_splits_an_emoji()
    {
        var cut = BlockKitLimits.Truncate("ab😀cdef", 4); // keeps 3 chars: "ab" + high surrogate would be invalid

        Assert.Equal("ab…", cut);
    }
}
