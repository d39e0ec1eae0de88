using System.Text.Json.Serialization;

namespace JourneyBot.Tagging;

/// <summary>A piece of collateral to tag.</summary>
public sealed record TagRequest(string Title, string? Description = null, string? Url = null);

/// <summary>One suggested vocabulary key with a confidence in [0, 1] and a one-line reason naming the cue.</summary>
public sealed record TagSuggestion(string Key, double Confidence, string Reason);

/// <summary>Which tagger produced the suggestions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TagSource>))]
public enum TagSource
{
    [JsonStringEnumMemberName("builtin")] BuiltIn,
    [JsonStringEnumMemberName("ai")] Ai,
}

/// <summary>Suggested tags per dimension, each list best first.</summary>
/// <param name="Note">Anything the user should know: why the AI was not used, why no persona was suggested.</param>
public sealed record TagSuggestions(
    IReadOnlyList<TagSuggestion> Stages,
    IReadOnlyList<TagSuggestion> Personas,
    IReadOnlyList<TagSuggestion> UseCases,
    TagSource Source,
    string? Note = null);

/// <summary>Suggests stage, persona and use case tags for collateral from a vocabulary.</summary>
public interface ITagSuggester
{
    Task<TagSuggestions> SuggestAsync(TagRequest item, TagVocabulary vocabulary, CancellationToken cancellationToken);
}
