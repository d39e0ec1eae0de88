using Microsoft.EntityFrameworkCore;
using YamlDotNet.RepresentationModel;
using static JourneyBot.Core.Catalog.Transfer.YamlFields;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>
/// The <c>motions:</c> list of a YAML catalog file: GTM motions and their value plays, imported by key (added or
/// replaced) in the import's transaction. Read from the representation model, like collateral, so every problem
/// names its line; a talk track for a persona the catalog does not have is refused, not stored where no one asks.
/// A field left out keeps what the motion has; a <c>value_play:</c> written replaces the whole play.
/// </summary>
public static class MotionTransfer
{
    private static readonly string[] MotionFields = ["key", "name", "channel", "aliases", "value_play"];
    private static readonly string[] PlayFields = ["context", "who_to_meet", "what_to_say", "what_to_show", "how_to_measure", "source", "example", "talk_tracks"];

    public static (IReadOnlyList<MotionDocument> Motions, IReadOnlyList<FileProblem> Problems) Read(YamlMappingNode root, CatalogSnapshot catalog)
    {
        var problems = new List<FileProblem>();
        var motions = new List<MotionDocument>();
        foreach (var (key, fields) in KeyedEntries(root, "motions", "motion", MotionFields, problems))
        {
            var existing = catalog.Motion(key);
            motions.Add(new MotionDocument
            {
                Key = key,
                Name = Scalar(fields, "name") ?? existing?.Name ?? key,
                Channel = fields.ContainsKey("channel") ? Scalar(fields, "channel") : existing?.Channel,
                Aliases = fields.ContainsKey("aliases") ? List(fields["aliases"]) : [.. existing?.Aliases ?? []],
                // A motion written without its play keeps the one it has.
                ValuePlay = fields.TryGetValue("value_play", out var play)
                    ? ReadPlay(play, key, catalog, problems)
                    : existing is null ? new() : ValuePlayDocument.From(existing.ValuePlay),
            });
        }
        return (motions, problems);
    }

    private static ValuePlayDocument ReadPlay(YamlNode node, string motion, CatalogSnapshot catalog, List<FileProblem> problems)
    {
        var play = new ValuePlayDocument();
        if (node is not YamlMappingNode map)
        {
            problems.Add(new FileProblem(Line(node), $"value_play of motion '{motion}' must be a mapping (context:, what_to_say:, ...)"));
            return play;
        }
        var fields = Fields(map, PlayFields, "value play", problems);
        play.Context = Scalar(fields, "context");
        play.WhoToMeet = Scalar(fields, "who_to_meet");
        play.WhatToSay = Scalar(fields, "what_to_say");
        play.WhatToShow = Scalar(fields, "what_to_show");
        play.HowToMeasure = Scalar(fields, "how_to_measure");
        play.Source = Scalar(fields, "source");
        switch (Scalar(fields, "example")?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "no": break;
            case "true" or "yes": play.Example = true; break;
            case var other: problems.Add(new FileProblem(Line(fields["example"]), $"example must be true or false, not '{other}'")); break;
        }
        if (fields.GetValueOrDefault("talk_tracks") is { } tracksNode)
        {
            if (tracksNode is not YamlMappingNode tracks)
                problems.Add(new FileProblem(Line(tracksNode), $"talk_tracks of motion '{motion}' must map a persona to what to say (executive: ...)"));
            else
            {
                foreach (var (k, v) in tracks.Children)
                {
                    var persona = (k as YamlScalarNode)?.Value?.Trim() ?? "";
                    if (catalog.Persona(persona) is null)
                        problems.Add(new FileProblem(Line(k), $"talk track for unknown persona '{persona}' in motion '{motion}'; personas are {string.Join(", ", catalog.Personas.Select(p => p.Key))}"));
                    else if (v is YamlScalarNode { Value: { Length: > 0 } text })
                        play.TalkTracks[persona] = text;
                    else
                        problems.Add(new FileProblem(Line(v), $"the talk track for '{persona}' in motion '{motion}' must be text"));
                }
            }
        }
        return play;
    }

    /// <summary>Adds the motions that are new and replaces the ones that exist, by key. The caller saves and commits.</summary>
    public static async Task<int> ApplyAsync(CatalogDbContext db, IReadOnlyList<MotionDocument> motions, CancellationToken cancellationToken)
    {
        var keys = motions.Select(m => m.Key).ToList();
        var existing = await db.Motions.Where(m => keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, StringComparer.Ordinal, cancellationToken);
        foreach (var m in motions)
        {
            if (!existing.TryGetValue(m.Key, out var motion))
                db.Motions.Add(motion = new Motion { Key = m.Key, Name = m.Name });
            motion.Name = m.Name;
            motion.Channel = m.Channel;
            motion.Aliases = [.. m.Aliases];
            var play = m.ValuePlay.ToModel();
            // Field by field: the play is stored in the motion's row, and EF replaces an owned object only awkwardly.
            motion.ValuePlay.Context = play.Context;
            motion.ValuePlay.WhoToMeet = play.WhoToMeet;
            motion.ValuePlay.WhatToSay = play.WhatToSay;
            motion.ValuePlay.WhatToShow = play.WhatToShow;
            motion.ValuePlay.HowToMeasure = play.HowToMeasure;
            motion.ValuePlay.Source = play.Source;
            motion.ValuePlay.IsExample = play.IsExample;
            motion.ValuePlay.TalkTracks = play.TalkTracks;
        }
        await db.SaveChangesAsync(cancellationToken);
        return motions.Count;
    }
}
