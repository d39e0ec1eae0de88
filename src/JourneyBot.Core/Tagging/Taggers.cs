using JourneyBot.Tagging;
using JourneyBot.Tagging.BuiltIn;

namespace JourneyBot.Core.Tagging;

/// <summary>The two taggers side by side: the instant built-in one, and the configured one (the model, or built-in).</summary>
public sealed record Taggers(BuiltInTagger BuiltIn, ITagSuggester Suggester);
