using System.Text.Json;
using JourneyBot.Tagging.Ai;
using JourneyBot.Tagging.BuiltIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tagging.Tests;

public sealed class TaggingRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddTagging(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private static string ValidationError(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value).Message;
    }

    [Fact]
    public void Without_an_ai_endpoint_the_built_in_tagger_is_the_suggester()
    {
        using var services = Services([]);

        Assert.IsType<BuiltInTagger>(services.GetRequiredService<ITagSuggester>());
    }

    [Fact]
    public void With_an_ai_endpoint_the_semantic_kernel_tagger_is_the_suggester()
    {
        using var services = Services(new() { ["Ai:Endpoint"] = "http://localhost:11434/v1", ["Ai:Model"] = "llama3.1" });

        Assert.IsType<SemanticKernelTagger>(services.GetRequiredService<ITagSuggester>());
    }

    [Fact]
    public void Without_an_ai_endpoint_no_question_model_is_registered()
    {
        using var services = Services([]);

        Assert.Null(services.GetService<IQuestionModel>());
    }

    [Fact]
    public void With_an_ai_endpoint_questions_are_read_by_the_semantic_kernel_model()
    {
        using var services = Services(new() { ["Ai:Endpoint"] = "http://localhost:11434/v1", ["Ai:Model"] = "llama3.1" });

        Assert.IsType<SemanticKernelQuestionModel>(services.GetRequiredService<IQuestionModel>());
    }

    [Fact]
    public void The_question_budget_defaults_to_two_seconds()
    {
        using var services = Services([]);

        Assert.Equal(2, services.GetRequiredService<IOptions<AiOptions>>().Value.QuestionTimeoutSeconds);
    }

    [Fact]
    public void A_question_budget_beyond_slacks_three_seconds_fails_validation_naming_the_key() =>
        Assert.Contains("Ai:QuestionTimeoutSeconds", ValidationError(new()
        {
            ["Ai:Endpoint"] = "http://localhost:11434/v1", ["Ai:Model"] = "m", ["Ai:QuestionTimeoutSeconds"] = "5",
        }), StringComparison.Ordinal);

    [Fact]
    public void The_ai_timeout_defaults_to_ten_seconds()
    {
        using var services = Services([]);

        Assert.Equal(10, services.GetRequiredService<IOptions<AiOptions>>().Value.TimeoutSeconds);
    }

    [Fact]
    public void A_relative_ai_endpoint_fails_validation_naming_the_key() =>
        Assert.Contains("Ai:Endpoint", ValidationError(new() { ["Ai:Endpoint"] = "localhost/v1", ["Ai:Model"] = "m" }), StringComparison.Ordinal);

    [Fact]
    public void A_non_http_ai_endpoint_fails_validation() =>
        Assert.Contains("Ai:Endpoint", ValidationError(new() { ["Ai:Endpoint"] = "ftp://models.example/v1", ["Ai:Model"] = "m" }), StringComparison.Ordinal);

    [Fact]
    public void An_ai_endpoint_without_a_model_fails_validation_naming_the_key() =>
        Assert.Contains("Ai:Model", ValidationError(new() { ["Ai:Endpoint"] = "https://api.openai.com/v1" }), StringComparison.Ordinal);

    [Fact]
    public void Validation_failures_never_show_the_api_key()
    {
        const string key = "sk-never-show-me";

        Assert.DoesNotContain(key, ValidationError(new() { ["Ai:Endpoint"] = "nope", ["Ai:ApiKey"] = key }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_prompt_template_falls_back_to_the_built_in_tagger()
    {
        using var services = Services(new()
        {
            ["Ai:Endpoint"] = "http://127.0.0.1:9/v1", ["Ai:Model"] = "m", ["Ai:PromptPath"] = "prompts/does-not-exist.yaml",
        });

        var suggestions = await services.GetRequiredService<ITagSuggester>()
            .SuggestAsync(new TagRequest("ROI calculator"), DefaultVocabulary.Instance, CancellationToken.None);

        Assert.Equal(TagSource.BuiltIn, suggestions.Source);
        Assert.Equal("decision", suggestions.Stages[0].Key);
    }

    [Theory]
    [InlineData(TagSource.BuiltIn, "\"builtin\"")]
    [InlineData(TagSource.Ai, "\"ai\"")]
    public void Tag_source_serialises_as_builtin_or_ai(TagSource source, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(source));
}
