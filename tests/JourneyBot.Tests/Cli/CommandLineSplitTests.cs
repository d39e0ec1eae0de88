using JourneyBot.Cli;

namespace JourneyBot.Tests.Cli;

/// <summary>Which words are configuration overrides and which belong to the verb.</summary>
public sealed class CommandLineSplitTests
{
    [Fact]
    public void Configuration_keys_go_to_configuration_and_the_verbs_options_stay_with_the_verb()
    {
        var line = CommandLine.Parse(["catalog", "export", "--format=yaml", "--Slack:BotToken", "xoxb-1", "--Logging=", "--environment=Staging", "-o", "x.yaml"]);

        Assert.Equal(["catalog", "export", "--format=yaml", "-o", "x.yaml"], line.Arguments);
        Assert.Equal(["--Slack:BotToken=xoxb-1", "--Logging=", "--environment=Staging"], line.Configuration);
        Assert.Null(line.Problem);
    }

    [Fact]
    public void After_a_double_dash_nothing_is_configuration()
    {
        var line = CommandLine.Parse(["ask", "--", "--Slack:BotToken=x"]);

        Assert.Equal(["ask", "--", "--Slack:BotToken=x"], line.Arguments);
        Assert.Empty(line.Configuration);
    }
}
