using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Journeys;

public sealed class VocabularyTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;
    private Vocabulary _vocabulary = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestCatalog.CreateAsync();
        _vocabulary = (await _catalog.SnapshotAsync()).Vocabulary;
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private Reading Read(string text, bool lenient = false) => _vocabulary.Read(QuestionParser.Words(text), lenient);

    [Theory]
    [InlineData("CI", TermKind.UseCase, "ci")]
    [InlineData("Continuous Integration", TermKind.UseCase, "ci")]
    [InlineData("inquiry", TermKind.Stage, "awareness")]
    [InlineData("MQL", TermKind.Stage, "consideration")]
    [InlineData("top funnel", TermKind.Stage, "awareness")]
    [InlineData("top-funnel", TermKind.Stage, "awareness")]
    [InlineData("bottom-funnel", TermKind.Stage, "decision")]
    [InlineData("SAO", TermKind.Stage, "decision")]
    [InlineData("managers", TermKind.Persona, "manager")]
    [InlineData("Individual Contributor", TermKind.Persona, "contributor")]
    [InlineData("practitioner", TermKind.Persona, "contributor")]
    [InlineData("Individual Contributors", TermKind.Persona, "contributor")]
    [InlineData("ci/cd", TermKind.Motion, "ci-cd")]
    public void Words_match_keys_names_and_aliases_in_any_case(string text, TermKind kind, string key)
    {
        var reading = Read(text);
        Assert.Empty(reading.Unknown);
        Assert.Contains(reading.All(kind), t => t.Key == key);
    }

    [Fact]
    public void A_term_named_twice_counts_once_and_two_different_terms_both_count()
    {
        Assert.Single(Read("ci continuous integration").All(TermKind.UseCase));
        Assert.Equal(["ci", "devsecops"], Read("ci devsecops").All(TermKind.UseCase).Select(t => t.Key).Order());
        Assert.Empty(Read("ci").All(TermKind.Stage));
    }

    [Fact]
    public void Words_longer_than_every_term_are_unknown_words_and_the_rest_still_reads()
    {
        var reading = Read($"{new string('x', 300)} {new string('y', 300)} inquiry");
        Assert.Equal(2, reading.Unknown.Count);
        Assert.Equal("awareness", Assert.Single(reading.All(TermKind.Stage)).Key);
    }

    [Fact]
    public void Filler_words_and_word_order_do_not_matter()
    {
        var a = Read("for the CI use case at the inquiry stage for a manager");
        var b = Read("manager inquiry ci");
        Assert.Empty(a.Unknown);
        Assert.Equal(b.All(TermKind.UseCase), a.All(TermKind.UseCase));
        Assert.Equal(b.All(TermKind.Stage), a.All(TermKind.Stage));
        Assert.Equal(b.All(TermKind.Persona), a.All(TermKind.Persona));
    }

    [Fact]
    public void An_unknown_word_is_reported_with_the_closest_known_words()
    {
        var reading = Read("devsecosp inquiry");
        var unknown = Assert.Single(reading.Unknown);
        Assert.Equal("devsecosp", unknown.Word);
        Assert.Equal("devsecops", unknown.Suggestions[0]);
    }

    [Fact]
    public void A_word_far_from_every_term_has_no_suggestion()
    {
        var unknown = Assert.Single(Read("zzzzqqqq ci").Unknown);
        Assert.Empty(unknown.Suggestions);
    }

    [Fact]
    public void Free_text_ignores_conversational_words_but_still_flags_typos()
    {
        var reading = Read("hey bot whatsup ci consideraton", lenient: true);
        Assert.Contains("whatsup", reading.Ignored);
        var typo = Assert.Single(reading.Unknown);
        Assert.Equal("consideraton", typo.Word);
        Assert.Contains("consideration", typo.Suggestions);
    }

    [Theory]
    [InlineData("https://content.example.com/a", "https://content.example.com/a")]
    [InlineData("HTTP://content.example.com/a?x=1&y=2", "HTTP://content.example.com/a?x=1&y=2")]
    public void Absolute_http_urls_are_urls(string word, string expected)
    {
        Assert.True(WebUrl.TryParseAbsoluteHttp(word, out var url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    [InlineData("<https://content.example.com/a>")] // Slack's wrapping is undone at the chat edge, not here
    public void Only_http_and_https_urls_are_urls(string word) => Assert.False(WebUrl.TryParseAbsoluteHttp(word, out _));
}

public sealed class WordsTests
{
    [Theory]
    [InlineData("next-offer ci inquiry", new[] { "next-offer", "ci", "inquiry" })]
    [InlineData("  spaced\tout\n words  ", new[] { "spaced", "out", "words" })]
    [InlineData("a < b", new[] { "a", "<", "b" })]
    [InlineData("x\u00a0y\u2003z", new[] { "x", "y", "z" })]      // Unicode spaces separate words too
    [InlineData("", new string[0])]
    public void Words_split_on_whitespace(string text, string[] words) =>
        Assert.Equal(words, QuestionParser.Words(text));

    [Theory]
    [InlineData("Top Funnel", "top-funnel")]
    [InlineData("top__funnel", "top-funnel")]
    [InlineData("top - funnel", "top-funnel")]
    [InlineData("top--funnel", "top-funnel")]
    [InlineData("next-offer", "next-offer")]
    [InlineData("\"CI?\"", "ci")]
    [InlineData("-ci-", "-ci-")]
    [InlineData("use_case", "use-case")]
    public void Normalize_lowers_trims_punctuation_and_joins_separator_runs(string word, string expected)
        => Assert.Equal(expected, Vocabulary.Normalize(word));
}
