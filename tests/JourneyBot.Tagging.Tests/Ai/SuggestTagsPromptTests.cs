using JourneyBot.Tagging.Ai;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace JourneyBot.Tagging.Tests.Ai;

public sealed class SuggestTagsPromptTests
{
    private static readonly string ShippedPrompt = Path.Combine(AppContext.BaseDirectory, "prompts", "suggest-tags.yaml");

    [Fact]
    public void The_shipped_prompt_template_declares_the_item_and_vocabulary_variables()
    {
        var config = SuggestTagsPrompt.Load(ShippedPrompt);

        Assert.Equal("suggest_tags", config.Name);
        Assert.Equal(["title", "description", "url", "vocabulary"], config.InputVariables.Select(v => v.Name));
        Assert.All(["{{$title}}", "{{$description}}", "{{$url}}", "{{$vocabulary}}"],
            variable => Assert.Contains(variable, config.Template, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_prompt_template_asks_for_json_at_temperature_zero()
    {
        var settings = Assert.IsType<OpenAIPromptExecutionSettings>(SuggestTagsPrompt.Load(ShippedPrompt).DefaultExecutionSettings);

        Assert.Equal(0, settings.Temperature);
        Assert.Equal("json_object", settings.ResponseFormat);
    }

    [Fact]
    public void The_rendered_vocabulary_lists_each_key_with_its_name_and_meaning()
    {
        var text = SuggestTagsPrompt.RenderVocabulary(DefaultVocabulary.Instance);

        Assert.Contains("- decision (Decision/Purchase): Give the buyer what they need", text, StringComparison.Ordinal);
        Assert.Contains("- cloud-native (Cloud Native):", text, StringComparison.Ordinal);
    }
}
