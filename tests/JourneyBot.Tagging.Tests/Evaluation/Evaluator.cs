namespace JourneyBot.Tagging.Tests.Evaluation;

/// <summary>Correct answers out of the items evaluated on one dimension.</summary>
public sealed record DimensionScore(int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public override string ToString() => $"{Accuracy:P1} ({Correct}/{Total})";
}

/// <summary>An item whose top suggestion on one dimension was not among its acceptable labels.</summary>
/// <param name="Suggested">The top suggestion's key, or null when nothing was suggested.</param>
public sealed record EvalMiss(EvalItem Item, string Dimension, string? Suggested, IReadOnlyList<string> Acceptable)
{
    public override string ToString() =>
        $"{Dimension}: '{Item.Title}' got {Suggested ?? "(none)"}, acceptable {string.Join("|", Acceptable)}";
}

public sealed record EvalReport(DimensionScore Stage, DimensionScore Persona, DimensionScore UseCase, IReadOnlyList<EvalMiss> Misses)
{
    public override string ToString() => $"stage {Stage}, persona {Persona}, use case {UseCase}";
}

/// <summary>
/// Measures a suggester against a labelled set: an item is correct on a dimension when the top suggestion
/// is one of its acceptable labels; suggesting nothing is correct only where the labels allow it
/// (<see cref="EvalSet.AnyPersona"/>, <see cref="EvalSet.NoUseCase"/>).
/// </summary>
public sealed class Evaluator(ITagSuggester suggester)
{
    public async Task<EvalReport> RunAsync(EvalSet set, TagVocabulary vocabulary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var misses = new List<EvalMiss>();
        int stages = 0, personas = 0, useCases = 0;

        foreach (var item in set.Items)
        {
            var suggestions = await suggester.SuggestAsync(item.ToRequest(), vocabulary, cancellationToken).ConfigureAwait(false);
            stages += Score("stage", item, suggestions.Stages, item.Stages, emptyLabel: null, misses);
            personas += Score("persona", item, suggestions.Personas, item.Personas, EvalSet.AnyPersona, misses);
            useCases += Score("use case", item, suggestions.UseCases, item.UseCases, EvalSet.NoUseCase, misses);
        }

        var total = set.Items.Count;
        return new EvalReport(new DimensionScore(stages, total), new DimensionScore(personas, total),
            new DimensionScore(useCases, total), misses);
    }

    private static int Score(string dimension, EvalItem item, IReadOnlyList<TagSuggestion> suggested,
        IReadOnlyList<string> acceptable, string? emptyLabel, List<EvalMiss> misses)
    {
        var top = suggested.Count > 0 ? suggested[0].Key : null;
        var correct = top is null
            ? emptyLabel is not null && acceptable.Contains(emptyLabel, StringComparer.OrdinalIgnoreCase)
            : acceptable.Contains(top, StringComparer.OrdinalIgnoreCase);
        if (!correct)
        {
            misses.Add(new EvalMiss(item, dimension, top, acceptable));
        }

        return correct ? 1 : 0;
    }
}
