using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JourneyBot.Slack;

/// <summary>The one JSON shape Slack speaks: snake_case names, nulls left out.</summary>
public static class SlackJson
{
    /// <summary>
    /// Messages, views and view submission responses use the source-generated <see cref="BlockKit.BlockKitJsonContext"/>;
    /// anything else (event payloads we read, Web API arguments) falls back to reflection with the same settings.
    /// </summary>
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
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BlockKit.BlockKitJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
