namespace JourneyBot.Tagging.Ai;

/// <summary>
/// What a model read a question as, in vocabulary keys only: the kind of request (one of <see cref="QuestionKinds"/>),
/// the terms it names, and for a search the words to look for (each one taken from the question).
/// </summary>
public sealed record QuestionReading(string Kind, string? UseCase, string? Stage, string? Persona, string? Motion, IReadOnlyList<string> Words);

/// <summary>The kinds of request a model may read a question as: the parser's own verbs.</summary>
public static class QuestionKinds
{
    public const string NextOffer = "next-offer";
    public const string Collateral = "collateral";
    public const string Play = "play";
    public const string Stage = "stage";
    public const string Gaps = "gaps";
    public const string Search = "search";
    public const string Help = "help";

    public static readonly IReadOnlyList<string> All = [NextOffer, Collateral, Play, Stage, Gaps, Search, Help];
}

/// <summary>The catalog's words a question may be read into: the tag vocabulary plus the GTM motions.</summary>
public sealed record QuestionVocabulary(TagVocabulary Tags, IReadOnlyList<TagTerm> Motions);

/// <summary>Reads a question the built-in reader could not map; null when the model gives no usable reading in time.</summary>
public interface IQuestionModel
{
    Task<QuestionReading?> ReadAsync(string question, QuestionVocabulary vocabulary, CancellationToken cancellationToken);
}
