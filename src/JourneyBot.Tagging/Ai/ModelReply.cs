using System.Text.Json;

namespace JourneyBot.Tagging.Ai;

/// <summary>The model's JSON reply: <c>{"stages":[..],"personas":[..],"use_cases":[..],"reason":".."}</c>, values as the model wrote them.</summary>
internal sealed record ModelReply(IReadOnlyList<string> Stages, IReadOnlyList<string> Personas, IReadOnlyList<string> UseCases, string? Reason)
{
    /// <summary>Parses the reply, tolerating Markdown fences and text around the object; null when it is not such an object.</summary>
    public static ModelReply? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Models asked for JSON still wrap it in ```json fences or a sentence; the object is what counts.
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new ModelReply(Values(root, "stages", "stage"), Values(root, "personas", "persona"),
                Values(root, "use_cases", "usecases", "use_case", "useCases"), Text(root, "reason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> Values(JsonElement root, params string[] names)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            return property.Value.ValueKind switch
            {
                JsonValueKind.Array => property.Value.EnumerateArray()
                    .Where(v => v.ValueKind == JsonValueKind.String)
                    .Select(v => v.GetString()!)
                    .Where(v => !string.IsNullOrWhiteSpace(v))
                    .ToList(),
                JsonValueKind.String when !string.IsNullOrWhiteSpace(property.Value.GetString()) => [property.Value.GetString()!],
                _ => [],
            };
        }

        return [];
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.ReplaceLineEndings(" ").Trim()
            : null;
}
