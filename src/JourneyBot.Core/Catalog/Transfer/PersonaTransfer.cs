using Microsoft.EntityFrameworkCore;
using YamlDotNet.RepresentationModel;
using static JourneyBot.Core.Catalog.Transfer.YamlFields;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>
/// The <c>personas:</c> list of a YAML catalog file, imported by key (added or updated) in the import's transaction,
/// so marketing can teach the bot job titles ("VP of platform engineering") and aliases without a release.
/// A field left out keeps what the persona has; personas are never deleted by import (collateral is tagged with them).
/// </summary>
public static class PersonaTransfer
{
    private static readonly string[] PersonaFields = ["key", "name", "needs", "aliases", "titles"];

    public static (IReadOnlyList<PersonaDocument> Personas, IReadOnlyList<FileProblem> Problems) Read(YamlMappingNode root, CatalogSnapshot catalog)
    {
        var problems = new List<FileProblem>();
        var personas = new List<PersonaDocument>();
        foreach (var (key, fields) in KeyedEntries(root, "personas", "persona", PersonaFields, problems))
        {
            var existing = catalog.Persona(key);
            personas.Add(new PersonaDocument
            {
                Key = key,
                Name = Scalar(fields, "name") ?? existing?.Name ?? key,
                Needs = fields.ContainsKey("needs") ? Scalar(fields, "needs") : existing?.Needs,
                Aliases = fields.TryGetValue("aliases", out var aliases) ? List(aliases) : [.. existing?.Aliases ?? []],
                Titles = fields.TryGetValue("titles", out var titles) ? List(titles) : [.. existing?.Titles ?? []],
            });
        }
        return (personas, problems);
    }

    /// <summary>Adds the personas that are new and updates the ones that exist, by key. The caller saves and commits.</summary>
    public static async Task<int> ApplyAsync(CatalogDbContext db, IReadOnlyList<PersonaDocument> personas, CancellationToken cancellationToken)
    {
        var keys = personas.Select(p => p.Key).ToList();
        var existing = await db.Personas.Where(p => keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken);
        foreach (var p in personas)
        {
            if (!existing.TryGetValue(p.Key, out var persona))
                db.Personas.Add(persona = new Persona { Key = p.Key, Name = p.Name });
            persona.Name = p.Name;
            persona.Needs = p.Needs;
            persona.Aliases = [.. p.Aliases];
            persona.Titles = [.. p.Titles];
        }
        await db.SaveChangesAsync(cancellationToken);
        return personas.Count;
    }
}
