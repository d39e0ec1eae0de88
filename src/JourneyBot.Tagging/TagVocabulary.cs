namespace JourneyBot.Tagging;

/// <summary>The catalog's vocabulary, passed in so that tagging never depends on the catalog itself.</summary>
/// <remarks>A class, not a record: a <c>with</c> copy would carry the cues built for the original terms.</remarks>
public sealed class TagVocabulary(IReadOnlyList<TagTerm> stages, IReadOnlyList<TagTerm> personas, IReadOnlyList<TagTerm> useCases)
{
    private BuiltIn.VocabularyCues? _builtInCues;

    public IReadOnlyList<TagTerm> Stages { get; } = stages;
    public IReadOnlyList<TagTerm> Personas { get; } = personas;
    public IReadOnlyList<TagTerm> UseCases { get; } = useCases;

    // Built on first use and kept with the vocabulary; two threads racing build equal cues and one is kept.
    internal BuiltIn.VocabularyCues BuiltInCues => _builtInCues ??= BuiltIn.VocabularyCues.Build(this);
}

/// <summary>One vocabulary value: its key, display name, what it means, and other names people use for it.</summary>
/// <param name="Titles">For a persona, the job titles its people hold ("CISO", "platform engineer"): cues in a title.</param>
public sealed record TagTerm(string Key, string Name, string Meaning, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Titles = null)
{
    public IReadOnlyList<string> Titles { get; init; } = Titles ?? [];

    /// <summary>The key, the name and every alias.</summary>
    public IEnumerable<string> Names => new[] { Key, Name }.Concat(Aliases);

    /// <summary>True when <paramref name="value"/> is this term's key, name or an alias (case-insensitive).</summary>
    public bool IsCalled(string value) =>
        Names.Any(name => string.Equals(name.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}

internal static class TagTermListExtensions
{
    /// <summary>Resolves a key, name or alias to the term it names; keys win over names and aliases.</summary>
    public static TagTerm? Resolve(this IReadOnlyList<TagTerm> terms, string value) =>
        terms.FirstOrDefault(t => string.Equals(t.Key, value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? terms.FirstOrDefault(t => t.IsCalled(value));
}
