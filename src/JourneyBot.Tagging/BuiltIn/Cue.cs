using System.Text;
using System.Text.RegularExpressions;

namespace JourneyBot.Tagging.BuiltIn;

/// <summary>A phrase that hints at a tag, with how strongly it does.</summary>
/// <param name="Pattern">A raw regular expression used instead of the phrase (for cues such as "60%").</param>
/// <param name="CaseSensitive">For acronyms that collide with ordinary words ("SAFe" vs "safe").</param>
internal sealed class Cue(string phrase, double weight, string? Pattern = null, bool CaseSensitive = false)
{
    private readonly Lazy<Regex> _regex = new(() => new Regex(
        Pattern ?? PhrasePattern.For(phrase),
        RegexOptions.CultureInvariant | (CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase),
        TimeSpan.FromMilliseconds(250)));

    public string Phrase => phrase;

    public double Weight => weight;

    public Regex Regex => _regex.Value;
}

internal static class PhrasePattern
{
    private static readonly char[] Apostrophes = ['\'', '’'];

    /// <summary>
    /// Builds a whole-word, case-insensitive pattern for a phrase: words may be separated by spaces,
    /// hyphens, underscores, dots or slashes, or joined ("shift-left", "shift left", "shiftleft"),
    /// apostrophes are optional ("buyer's guide", "buyers guide") and the last word may be plural.
    /// </summary>
    public static string For(string phrase)
    {
        var words = Regex.Split(phrase.Trim(), @"[^\p{L}\p{N}'’]+").Where(w => w.Length > 0).ToArray();
        if (words.Length == 0)
        {
            return "(?!)"; // matches nothing: an empty alias must not match everywhere
        }

        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}])");
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                pattern.Append(@"[\s\-_./]*");
            }

            var word = words[i];
            var last = i == words.Length - 1;
            // "pipelines" should also match "pipeline"; short words ("sast", "k8s") keep their s.
            if (last && word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            pattern.Append(string.Join("['’]?", word.Split(Apostrophes).Select(Regex.Escape)));
            if (last && char.IsLetter(word[^1]))
            {
                pattern.Append("(?:s|es)?");
            }
        }

        return pattern.Append(@"(?![\p{L}\p{N}])").ToString();
    }
}
