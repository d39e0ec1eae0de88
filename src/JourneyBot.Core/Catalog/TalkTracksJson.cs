using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// A value play's talk tracks (persona key to text) kept in one JSON text column, like the list columns: EF Core
/// maps lists of strings to JSON on its own but not dictionaries, so this converter and comparer do it.
/// </summary>
internal static class TalkTracksJson
{
    public static readonly ValueConverter<Dictionary<string, string>, string> Converter = new(
        tracks => JsonSerializer.Serialize(tracks, (JsonSerializerOptions?)null),
        json => Read(json));

    // By content, so changing one track is saved and an unchanged one is not.
    public static readonly ValueComparer<Dictionary<string, string>> Comparer = new(
        (a, b) => a != null && b != null && a.Count == b.Count && a.All(kv => b.ContainsKey(kv.Key) && b[kv.Key] == kv.Value),
        tracks => tracks.Aggregate(0, (hash, kv) => hash ^ HashCode.Combine(kv.Key, kv.Value)),
        tracks => new Dictionary<string, string>(tracks));

    private static Dictionary<string, string> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
