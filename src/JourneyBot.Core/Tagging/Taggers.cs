using JourneyBot.Tagging;
using JourneyBot.Tagging.BuiltIn;

namespace JourneyBot.Core.Tagging;

/// <summary>The two taggers side by side: the instant built-in one, and the configured one (the model, or built-in).</summary>
public sealed record Taggers(BuiltInTagger BuiltIn, ITagSuggester Suggester)
{
    /// <summary>True when an AI model is configured (the suggester is not the built-in tagger).</summary>
    public bool HasModel => Suggester is not BuiltInTagger;
}
