using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JourneyBot.Tests.Journeys.QuestionEval;

/// <summary>
/// The evaluation set (questions.yaml): each question through the real parser against the default catalog, compared
/// with the reading a person expects and, where given, the items they expect on the first page. Prints the score and
/// every miss; questions whose persona comes from a job title are reported apart until the catalog has titles.
/// </summary>
public sealed class QuestionEvalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double RequiredScore = 0.90;
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private static List<EvalQuestion> Load()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Journeys", "QuestionEval", "questions.yaml"));
        return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<EvalQuestion>>(yaml);
    }

    [Fact]
    public void The_evaluation_set_has_at_least_150_questions_with_an_expected_kind()
    {
        var questions = Load();
        Assert.True(questions.Count >= 150, $"{questions.Count} questions");
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Kind), q.Q));
    }

    [Fact]
    public async Task The_built_in_reader_reads_at_least_90_percent_of_the_evaluation_set_as_expected()
    {
        var catalog = await _catalog.SnapshotAsync();
        var questions = Load();
        var misses = new List<string>();
        var titleMisses = new List<string>();
        var uncheckedTop = 0;
        foreach (var q in questions)
        {
            var request = QuestionParser.Parse(q.Q, catalog, freeText: true);
            var differences = q.Differences(request);
            if (differences.Count == 0 && q.Top.Count > 0)
            {
                var items = FirstPage(await _catalog.AskAsync(q.Q, freeText: true));
                if (items is null) uncheckedTop++;
                else differences.AddRange(q.Top.Where(t => !items.Any(i => i.Title == t)).Select(t => $"first page lacks \"{t}\""));
            }
            if (differences.Count == 0) continue;
            (q.Needs == "titles" ? titleMisses : misses).Add($"  {q.Q}\n      {string.Join("; ", differences)}");
        }

        var right = questions.Count - misses.Count - titleMisses.Count;
        var score = (double)right / questions.Count;
        output.WriteLine($"Question evaluation: {right} of {questions.Count} read as expected ({score:P1}); top items unchecked for {uncheckedTop} (no command for them in this build).");
        output.WriteLine($"Misses ({misses.Count}):");
        foreach (var m in misses) output.WriteLine(m);
        output.WriteLine($"Misses that need persona job titles in the catalog ({titleMisses.Count}):");
        foreach (var m in titleMisses) output.WriteLine(m);
        Assert.True(score >= RequiredScore, $"score {score:P1} is below {RequiredScore:P0}: {misses.Count + titleMisses.Count} misses (see output)");
    }

    /// <summary>The items an answer lists first, whatever its kind; null when the answer lists none (e.g. a command not in this build).</summary>
    private static IReadOnlyList<CollateralItem>? FirstPage(Answer answer) => answer switch
    {
        CollateralListAnswer a => a.Items,
        PlayAnswer a => a.Stages.SelectMany(s => s.Top).ToList(),
        _ => answer.GetType().GetProperty("Items")?.GetValue(answer) as IReadOnlyList<CollateralItem>,
    };
}
