using YamlDotNet.RepresentationModel;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>Reading the mappings of a YAML catalog file's vocabulary lists (motions, personas): known fields only, each problem with its line.</summary>
internal static class YamlFields
{
    /// <summary>
    /// The entries of a root list of keyed mappings (<c>motions:</c>, <c>personas:</c>), each with its key and its known
    /// fields. An entry that is not a mapping, or whose key is missing, badly written or repeated, is a
    /// problem of its line and is skipped. <paramref name="what"/> names one entry ("motion"); the first field is the key.
    /// </summary>
    public static List<(string Key, Dictionary<string, YamlNode> Fields)> KeyedEntries(
        YamlMappingNode root, string list, string what, string[] known, List<FileProblem> problems)
    {
        var entries = new List<(string, Dictionary<string, YamlNode>)>();
        if (!root.Children.TryGetValue(new YamlScalarNode(list), out var node)) return entries;
        var shape = $"{known[0]}:, {known[1]}:, {known[^1]}:, ...";
        if (node is not YamlSequenceNode items)
        {
            problems.Add(new FileProblem(Line(node), $"'{list}' must be a list of {list} ({shape})"));
            return entries;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode map)
            {
                problems.Add(new FileProblem(Line(item), $"each {what} must be a mapping ({shape})"));
                continue;
            }
            var fields = Fields(map, known, what, problems);
            var key = Scalar(fields, "key")?.Trim() ?? "";
            var normalized = Journeys.Vocabulary.Normalize(key);
            if (key.Length == 0 || key != normalized)
            {
                problems.Add(new FileProblem(Line(map), key.Length == 0
                    ? $"a {what} needs a key"
                    : $"{what} key '{key}' must be lower case words joined by '-', e.g. '{normalized}'"));
                continue;
            }
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new FileProblem(Line(map), $"{what} '{key}' is already on line {first}"));
                continue;
            }
            seen[key] = Line(map);
            entries.Add((key, fields));
        }
        return entries;
    }

    public static Dictionary<string, YamlNode> Fields(YamlMappingNode map, string[] known, string what, List<FileProblem> problems)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name)) problems.Add(new FileProblem(Line(k), $"unknown {what} field '{name}'; fields are {string.Join(", ", known)}"));
            else fields[name] = v;
        }
        return fields;
    }

    public static string? Scalar(Dictionary<string, YamlNode> fields, string name) =>
        fields.GetValueOrDefault(name) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public static List<string> List(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
        YamlScalarNode s => [.. CollateralRules.SplitList(s.Value)],
        _ => [],
    };

    public static int Line(YamlNode node) => (int)node.Start.Line;
}
