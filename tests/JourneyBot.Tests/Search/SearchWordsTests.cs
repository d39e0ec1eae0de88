using JourneyBot.Core.Search;

namespace JourneyBot.Tests.Search;

/// <summary>How typed text becomes search terms: words only, so neither engine's query syntax can come from the user.</summary>
public sealed class SearchWordsTests
{
    [Fact]
    public void Query_syntax_characters_separate_words_and_are_never_passed_on()
    {
        var words = SearchWords.Read("\"ROI\" OR calc* NEAR(x) -cd title:roi");
        Assert.Equal(["roi", "calc", "near", "x", "cd", "title"], words.Words);
        Assert.Equal("\"roi\"* AND \"calc\"* AND \"near\"* AND \"x\" AND \"cd\" AND \"title\"*", words.Fts5Query(anyWord: false));
        Assert.Equal("roi:* | calc:* | near:* | x | cd | title:*", words.TsQuery(anyWord: true));
    }

    [Fact]
    public void Common_words_are_dropped_and_reported()
    {
        var words = SearchWords.Read("Do we have a case study for the CI team?");
        Assert.Equal(["case", "study", "ci", "team"], words.Words);
        Assert.Equal(["do", "we", "have", "a", "for", "the"], words.Dropped);
    }

    [Fact]
    public void Long_input_keeps_the_first_twelve_words_each_cut_to_forty_characters()
    {
        var words = SearchWords.Read(new string('x', 500) + " " + string.Join(" ", Enumerable.Range(0, 50).Select(i => $"w{i}")));
        Assert.Equal(SearchWords.MaxWords, words.Count);
        Assert.Equal(new string('x', SearchWords.MaxWordLength), words.Words[0]);
        Assert.Equal("w10", words.Words[^1]);
    }

    [Fact]
    public void Letters_of_any_script_are_kept_and_folded_to_lower_case()
    {
        Assert.Equal(["müller", "été", "ci"], SearchWords.Read("MÜLLER / été — CI").Words);
    }
}
