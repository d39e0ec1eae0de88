using JourneyBot.Core;

namespace JourneyBot.Tests;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("next-offer ci", "next-offer ci")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("\u001b[31mred", @"\u001B[31mred")]
    [InlineData("evil\u202Etxt.exe", @"evil\u202Etxt.exe")]
    [InlineData("line\u2028break", @"line\u2028break")]
    [InlineData(@"already\nescaped", @"already\\nescaped")]
    public void Control_characters_are_escaped_so_a_value_stays_on_its_line(string text, string logged)
    {
        Assert.Equal(logged, LogText.Safe(text));
    }

    [Fact]
    public void Long_text_is_cut_at_100_characters_with_the_number_left_out()
    {
        Assert.Equal(new string('x', 100) + "…(+50 chars)", LogText.Safe(new string('x', 150)));
    }

    [Fact]
    public void A_cut_never_splits_a_character_in_two()
    {
        var text = new string('x', 99) + "😀tail";

        Assert.Equal(new string('x', 99) + "…(+6 chars)", LogText.Safe(text));
    }
}
