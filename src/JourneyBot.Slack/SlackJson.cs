using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Slack;

/// <summary>The one JSON shape Slack speaks: snake_case names, nulls left out, enums as snake_case strings.</summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Slack is not an HTML context: keep '<', '>' and '&' readable instead of \u003C escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        foreach (var converter in BlockKit.BlockKitJson.Converters)
            options.Converters.Add(converter);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
