using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.IntegrationTests.Slack;

/// <summary>
/// Breaks a valid JSON payload the ways senders break it: wrong types, missing, unknown and duplicated fields, huge
/// numbers, nesting past any sane depth, strings a serializer would never write (lone surrogates, 20,000 characters).
/// </summary>
public sealed class JsonMutator(Random random)
{
    internal static readonly string[] SlackWords =
    [
        "event_callback", "url_verification", "app_mention", "message", "app_home_opened", "block_actions",
        "view_submission", "view_closed", "shortcut", "journey_more", "add_collateral", "im", "home", "/journey", "",
    ];

    // Text put in place verbatim after serialising: things JsonNode cannot hold (depth past 64, duplicate keys, raw escapes).
    private readonly Dictionary<string, string> _raw = [];

    /// <summary>One to three mutations of <paramref name="json"/>, described, and the resulting text.</summary>
    public (string What, string Text) Mutate(string json)
    {
        _raw.Clear();
        var root = JsonNode.Parse(json)!;
        var steps = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
            steps.Add(MutateTree(ref root));
        var text = root.ToJsonString();
        foreach (var (placeholder, raw) in _raw)
            text = text.Replace(placeholder, raw, StringComparison.Ordinal);
        return ("json: " + string.Join(", ", steps), text);
    }

    private string MutateTree(ref JsonNode root)
    {
        var nodes = Descendants(root).ToList();
        var target = nodes[random.Next(nodes.Count)];
        switch (random.Next(9))
        {
            case 0: return Replace(ref root, target, WrongType(), "wrong type at " + target.GetPath());
            case 1: return Replace(ref root, target, Raw(HugeNumber()), "huge number at " + target.GetPath());
            case 2: return Replace(ref root, target, Raw(Nested(random.Next(4) switch { 0 => 63, 1 => 65, 2 => 500, _ => 20_000 })), "deep nesting at " + target.GetPath());
            case 3: return Replace(ref root, target, Raw(OddString()), "odd string at " + target.GetPath());
            case 4: return Replace(ref root, target, JsonValue.Create(SlackWords[random.Next(SlackWords.Length)]), "slack word at " + target.GetPath());
            case 5 when WithFields(nodes) is { Count: > 0 } from:
                var field = from[random.Next(from.Count)];
                var removed = field.ElementAt(random.Next(field.Count)).Key;
                field.Remove(removed);
                return $"removed {field.GetPath()}.{removed}";
            case 6 when WithFields(nodes) is { Count: > 0 } objects:
                var dupIn = objects[random.Next(objects.Count)];
                var name = dupIn.ElementAt(random.Next(dupIn.Count)).Key;
                var key = $"__fuzz_dup_{_raw.Count}__";
                _raw[$"\"{key}\""] = JsonSerializer.Serialize(name);
                dupIn[key] = random.Next(2) == 0 ? WrongType() : JsonValue.Create(OddPlain());
                return $"duplicated key {dupIn.GetPath()}.{name}";
            case 7 when nodes.OfType<JsonObject>().ToList() is { Count: > 0 } all:
                var into = all[random.Next(all.Count)];
                into["x_unknown_" + random.Next(1000)] = WrongType();
                return "unknown field in " + into.GetPath();
            default:
                return Replace(ref root, target, null, "null at " + target.GetPath());
        }
    }

    private static List<JsonObject> WithFields(IEnumerable<JsonNode> nodes) => [.. nodes.OfType<JsonObject>().Where(o => o.Count > 0)];

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var d in Descendants(child))
                yield return d;
    }

    private string Replace(ref JsonNode root, JsonNode target, JsonNode? with, string what)
    {
        if (target == root)
        {
            root = with ?? Raw("null");
            return what;
        }
        target.ReplaceWith(with);
        return what;
    }

    private JsonNode Raw(string text)
    {
        var placeholder = $"__fuzz_raw_{_raw.Count}__";
        _raw[$"\"{placeholder}\""] = text;
        return JsonValue.Create(placeholder);
    }

    private JsonNode? WrongType() => random.Next(10) switch
    {
        0 => JsonValue.Create(42),
        1 => JsonValue.Create(-1.5),
        2 => JsonValue.Create(true),
        3 => JsonValue.Create(false),
        4 => null,
        5 => JsonValue.Create("str"),
        6 => new JsonArray(),
        7 => new JsonObject(),
        8 => new JsonArray(1, "a", null, new JsonObject { ["id"] = 7 }),
        _ => new JsonObject { ["id"] = new JsonArray(), ["type"] = 3, ["value"] = new JsonObject() },
    };

    private string HugeNumber() => random.Next(8) switch
    {
        0 => "1e999999",
        1 => "-1e-999999",
        2 => "123456789012345678901234567890123456789",
        3 => "-9223372036854775809",
        4 => "1.7976931348623157e309",
        5 => "9223372036854775807",
        6 => "0." + new string('0', 5000) + "1",
        _ => new string('9', 20_000),
    };

    private string Nested(int depth)
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    // Already JSON: escapes a serializer would never write.
    private string OddString() => random.Next(7) switch
    {
        0 => "\"\\ud800\"",
        1 => "\"\\udc00\\ud800x\"",
        2 => "\"\\u0000\\u001f\\n\\r\\t\"",
        3 => "\"" + new string('x', 20_000) + "\"",
        4 => "\"\\uFFFF\\uFFFE\"",
        5 => "\"" + string.Concat(Enumerable.Repeat("\\\"", 500)) + "\"",
        _ => JsonSerializer.Serialize(OddPlain()),
    };

    /// <summary>Text that is valid but unusual: empty, Slack markup, a forged log line, bidi controls, long.</summary>
    public string OddPlain() => random.Next(6) switch
    {
        0 => "",
        1 => "<@U1> <!channel> & &amp; <http://x|y>",
        2 => "help\nFAKE log line",
        3 => "😀\u202Eevil\u200B",
        4 => "{\"Q\":\"next-offer\",\"O\":-1}",
        _ => new string('é', random.Next(1, 12_000)),
    };
}
