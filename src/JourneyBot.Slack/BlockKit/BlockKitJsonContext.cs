using System.Text.Json.Serialization;
using JourneyBot.Slack.Handlers;

namespace JourneyBot.Slack.BlockKit;

/// <summary>
/// Serialisation metadata for everything we send Slack, generated at compile time: snake_case names in declaration
/// order, unset optional fields left out, each block, element and text object's <c>type</c> first as the
/// discriminator its base type registers, enums as their <c>[JsonStringEnumMemberName]</c> strings.
/// <see cref="SlackJson.Options"/> resolves these types here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(View))]
[JsonSerializable(typeof(ViewSubmissionResponse))]
internal sealed partial class BlockKitJsonContext : JsonSerializerContext;
