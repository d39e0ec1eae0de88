using JourneyBot.Digests;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Tests.Digests;

public sealed class DigestPostPacerTests
{
    private readonly FakeTimeProvider _clock = new(TestCatalog.Today);

    private DigestPostPacer Pacer(int perMinute = 300) =>
        new(Options.Create(new JobsOptions { ChannelPostIntervalMilliseconds = 1100, WorkspacePostsPerMinute = perMinute }), _clock);

    [Fact]
    public void Posts_to_one_channel_are_at_least_the_channel_interval_apart()
    {
        var pacer = Pacer();
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.FromMilliseconds(1100), pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.FromMilliseconds(2200), pacer.Reserve("C1"));
    }

    [Fact]
    public void Posts_to_different_channels_are_spread_by_the_workspace_cap()
    {
        var pacer = Pacer(perMinute: 60);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve("C2"));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve("C3"));
    }

    [Fact]
    public void A_channel_posted_to_long_ago_may_post_at_once()
    {
        var pacer = Pacer();
        pacer.Reserve("C1");
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
    }
}
