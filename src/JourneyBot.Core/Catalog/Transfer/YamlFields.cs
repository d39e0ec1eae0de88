using YamlDotNet.RepresentationModel;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>Reading the mappings of a YAML catalog file's vocabulary lists (motions, personas): known fields only, each problem with its line.</summary>
internal static class YamlFields
{
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
