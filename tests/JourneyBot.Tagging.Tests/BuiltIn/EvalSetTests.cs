using JourneyBot.Tagging.BuiltIn;
using JourneyBot.Tagging.Tests.Evaluation;
using Xunit.Abstractions;

namespace JourneyBot.Tagging.Tests.BuiltIn;

/// <summary>Accuracy of the built-in tagger on the hand-labelled set; fails when a change makes it worse.</summary>
public sealed class EvalSetTests(ITestOutputHelper output)
{
    private static readonly string EvalSetPath = Path.Combine(AppContext.BaseDirectory, "EvalSet", "tagging-eval.yaml");

    private async Task<EvalReport> EvaluateAsync()
    {
        var set = EvalSet.Load(EvalSetPath);
        var report = await new Evaluator(new BuiltInTagger()).RunAsync(set, DefaultVocabulary.Instance, CancellationToken.None);
        output.WriteLine($"{set.Items.Count} items: {report}");
        foreach (var miss in report.Misses)
        {
            output.WriteLine("  miss " + miss);
        }

        return report;
    }

    [Fact]
    public void Eval_set_has_at_least_130_labelled_items_using_only_vocabulary_keys()
    {
        var set = EvalSet.Load(EvalSetPath);
        var vocabulary = DefaultVocabulary.Instance;

        Assert.True(set.Items.Count >= 130, $"only {set.Items.Count} items");
        Assert.All(set.Items, item =>
        {
            Assert.NotEmpty(item.Stages);
            Assert.NotEmpty(item.Personas);
            Assert.NotEmpty(item.UseCases);
            Assert.All(item.Stages, s => Assert.Contains(s, vocabulary.Stages.Select(t => t.Key)));
            Assert.All(item.Personas, p => Assert.Contains(p, vocabulary.Personas.Select(t => t.Key).Append(EvalSet.AnyPersona)));
            Assert.All(item.UseCases, u => Assert.Contains(u, vocabulary.UseCases.Select(t => t.Key).Append(EvalSet.NoUseCase)));
        });
    }

    [Fact]
    public async Task Built_in_tagger_gets_the_stage_right_for_at_least_90_percent_of_the_eval_set()
    {
        var report = await EvaluateAsync();
        Assert.True(report.Stage.Accuracy >= 0.90, $"stage accuracy {report.Stage}");
    }

    [Fact]
    public async Task Built_in_tagger_gets_the_persona_right_for_at_least_90_percent_of_the_eval_set()
    {
        var report = await EvaluateAsync();
        Assert.True(report.Persona.Accuracy >= 0.90, $"persona accuracy {report.Persona}");
    }

    [Fact]
    public async Task Built_in_tagger_gets_the_use_case_right_for_at_least_90_percent_of_the_eval_set()
    {
        var report = await EvaluateAsync();
        Assert.True(report.UseCase.Accuracy >= 0.90, $"use case accuracy {report.UseCase}");
    }
}
