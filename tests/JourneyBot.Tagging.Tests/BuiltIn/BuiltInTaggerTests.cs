using JourneyBot.Tagging.BuiltIn;

namespace JourneyBot.Tagging.Tests.BuiltIn;

public sealed class BuiltInTaggerTests
{
    private static readonly BuiltInTagger Tagger = new();

    private static TagSuggestions Suggest(string title, string? description = null, string? url = null, TagVocabulary? vocabulary = null) =>
        Tagger.Suggest(new TagRequest(title, description, url), vocabulary ?? DefaultVocabulary.Instance);

    [Fact]
    public void A_vocabulary_compiles_its_cues_once_and_keeps_them_for_every_later_item()
    {
        var vocabulary = DefaultVocabulary.With();

        Tagger.Suggest(new TagRequest("ROI calculator", null, null), vocabulary);
        var cues = vocabulary.BuiltInCues;
        Tagger.Suggest(new TagRequest("Analyst report", null, null), vocabulary);

        Assert.Same(cues, vocabulary.BuiltInCues);
    }

    [Fact]
    public void An_ROI_calculator_is_decision_stage_collateral() =>
        Assert.Equal("decision", Suggest("ROI calculator for platform consolidation").Stages[0].Key);

    [Fact]
    public void An_analyst_report_comparing_solutions_is_consideration_stage_collateral() =>
        Assert.Equal("consideration", Suggest("Analyst report comparing the leading CI solutions").Stages[0].Key);

    [Fact]
    public void A_troubleshooting_guide_is_awareness_stage_collateral() =>
        Assert.Equal("awareness", Suggest("Troubleshooting guide for slow pipelines").Stages[0].Key);

    [Fact]
    public void A_reason_quotes_the_cue_as_written_in_the_title()
    {
        var stage = Suggest("Acme ROI Calculator").Stages[0];

        Assert.StartsWith("'ROI Calculator' is typical decision-stage collateral", stage.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_suggestion_has_a_confidence_between_zero_and_one_and_a_reason()
    {
        var suggestions = Suggest("Hands-on tutorial: Terraform pipelines on Kubernetes vs VMs", "ROI and risk for leadership");

        Assert.All(suggestions.Stages.Concat(suggestions.Personas).Concat(suggestions.UseCases), s =>
        {
            Assert.InRange(s.Confidence, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(s.Reason));
        });
    }

    [Fact]
    public void Suggestions_are_listed_best_first() =>
        Assert.All(new[] { Suggest("Migration guide and ROI calculator", "Compare options; what is CI?") }, s =>
            Assert.Equal(s.Stages.OrderByDescending(x => x.Confidence).Select(x => x.Key), s.Stages.Select(x => x.Key)));

    [Fact]
    public void Only_keys_of_the_given_vocabulary_are_returned()
    {
        var vocabulary = DefaultVocabulary.With(useCases: DefaultVocabulary.Instance.UseCases.Where(u => u.Key is "vcc" or "agile").ToList());

        var suggestions = Suggest("Jenkins pipeline migration guide", "Speed up builds and deploys with Kubernetes and SAST", vocabulary: vocabulary);

        Assert.Empty(suggestions.UseCases);
        Assert.All(suggestions.Stages, s => Assert.Contains(s.Key, vocabulary.Stages.Select(t => t.Key)));
        Assert.All(suggestions.Personas, s => Assert.Contains(s.Key, vocabulary.Personas.Select(t => t.Key)));
    }

    [Theory]
    [InlineData("Shift Left in practice", "devsecops")]
    [InlineData("Running K8S at scale", "cloud-native")]
    [InlineData("Source control for designers", "vcc")]
    [InlineData("Infrastructure as code for beginners", "gitops")]
    [InlineData("Why toolchain consolidation pays", "simplify-devops")]
    [InlineData("Release-automation patterns", "cd")]
    public void Use_case_aliases_match_whole_words_whatever_the_case_hyphens_or_spaces(string title, string useCase) =>
        Assert.Equal(useCase, Suggest(title).UseCases[0].Key);

    [Fact]
    public void A_use_case_alias_inside_another_word_does_not_match() =>
        Assert.DoesNotContain(Suggest("Musical improvisation workshop").UseCases, u => u.Key == "ci");

    [Fact]
    public void A_use_case_known_only_to_the_vocabulary_is_found_by_its_aliases()
    {
        var vocabulary = DefaultVocabulary.With(useCases: [.. DefaultVocabulary.Instance.UseCases, new TagTerm("mobile", "Mobile DevOps", "Shipping mobile apps", ["ios-builds", "app store"])]);

        Assert.Equal("mobile", Suggest("Faster iOS builds for the App Store", vocabulary: vocabulary).UseCases[0].Key);
    }

    [Fact]
    public void Built_in_keywords_point_to_well_known_use_cases() =>
        Assert.Equal(["ci", "devsecops", "gitops", "cd"],
            new[] { "Speeding up a slow pipeline", "Fixing vulnerabilities early", "Terraform modules", "Deploy on Fridays" }
                .Select(title => Suggest(title).UseCases[0].Key));

    [Fact]
    public void Stage_cues_follow_a_vocabulary_that_names_the_stage_differently()
    {
        var vocabulary = DefaultVocabulary.With(stages: [new TagTerm("tofu", "Top of funnel", "", ["awareness"]), new TagTerm("bofu", "Bottom of funnel", "", ["decision"])]);

        Assert.Equal("bofu", Suggest("TCO calculator", vocabulary: vocabulary).Stages[0].Key);
    }

    [Theory]
    [InlineData("The business value of faster delivery for the board", "executive")]
    [InlineData("Rollout plan and migration checklist for your teams", "manager")]
    [InlineData("How it works: a hands-on CLI tutorial", "contributor")]
    public void Persona_follows_what_each_audience_needs(string title, string persona) =>
        Assert.Equal(persona, Suggest(title).Personas[0].Key);

    [Fact]
    public void An_item_without_a_persona_cue_gets_no_persona_and_a_note_to_choose_one()
    {
        var suggestions = Suggest("Kubernetes at a glance");

        Assert.Empty(suggestions.Personas);
        Assert.Contains("choose", suggestions.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gartner Magic Quadrant for DevOps Platforms", "executive")]
    [InlineData("GitLab vs GitHub Actions", "manager")]
    [InlineData("Container scanning documentation", "contributor")]
    public void The_content_type_suggests_the_persona_it_is_written_for(string title, string persona) =>
        Assert.Equal(persona, Suggest(title).Personas[0].Key);

    [Theory]
    [InlineData("A CISO's guide to software supply chain security", "executive")]
    [InlineData("Pipelines for the platform engineer", "contributor")]
    [InlineData("What every engineering manager should know about DORA", "manager")]
    public void A_job_title_in_the_title_names_its_persona(string title, string persona) =>
        Assert.Equal(persona, Suggest(title).Personas[0].Key);

    [Fact]
    public void An_item_with_a_topic_but_no_collateral_type_gets_a_low_confidence_awareness_guess()
    {
        var stage = Assert.Single(Suggest("Kubernetes").Stages);

        Assert.Equal("awareness", stage.Key);
        Assert.True(stage.Confidence < 0.3);
    }

    [Fact]
    public void An_item_without_any_cue_gets_no_tags_and_a_note_to_tag_it_by_hand()
    {
        var suggestions = Suggest("Q3 newsletter");

        Assert.Empty(suggestions.Stages);
        Assert.Contains("by hand", suggestions.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Cues_in_the_url_path_count_but_the_host_name_does_not()
    {
        Assert.Equal("decision", Suggest("Q3 newsletter", url: "https://example.com/resources/roi-calculator").Stages[0].Key);
        Assert.Empty(Suggest("Q3 newsletter", url: "https://roi.example.com/").Stages);
    }

    [Fact]
    public void The_same_item_always_gets_the_same_suggestions()
    {
        var first = Suggest("DevSecOps checklist", "SAST and DAST for managers");
        var second = Suggest("DevSecOps checklist", "SAST and DAST for managers");

        Assert.Equal(
            first.Stages.Concat(first.Personas).Concat(first.UseCases),
            second.Stages.Concat(second.Personas).Concat(second.UseCases));
    }
}
