using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>
/// A YAML parser that refuses nesting deeper than <see cref="MaxDepth"/>. YamlDotNet's parser is iterative,
/// but building nodes from its events recurses once per level: a file nested 50,000 deep overflows the stack
/// and kills the process. Counting levels on the event stream stops it first, with a line number.
/// </summary>
public sealed class DepthLimitedYamlParser(TextReader reader) : IParser
{
    /// <summary>A catalog file needs five levels; 64 leaves room for anything a person writes.</summary>
    public const int MaxDepth = 64;

    private readonly Parser _inner = new(reader);
    private int _depth;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext()) return false;
        switch (_inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlException(_inner.Current.Start, _inner.Current.End, $"nesting is deeper than {MaxDepth} levels");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}
