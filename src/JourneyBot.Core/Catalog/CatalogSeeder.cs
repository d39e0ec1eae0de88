using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// Fills an empty catalog with the default journey model and demo collateral. Runs only when the catalog has
/// no journeys, so a second start, or a catalog users have edited, is never touched.
/// </summary>
public static class CatalogSeeder
{
    public static async Task<bool> SeedIfEmptyAsync(CatalogDbContext db, CatalogDocument document, DateTime now, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.Journeys.AnyAsync(cancellationToken)) return false;

        // One transaction for the whole seed: an instance starting at the same moment either sees nothing or
        // everything, and the loser of the race (a unique key violation) simply finds the catalog seeded.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<CollateralDraft> drafts;
        try
        {
            await ApplyVocabularyAsync(db, document, cancellationToken);
            var catalog = await CatalogSnapshot.LoadAsync(db, now, cancellationToken);
            drafts = [];
            foreach (var c in document.Collateral)
            {
                var (draft, problems) = CollateralRules.Check(ToInput(c), catalog, DateOnly.FromDateTime(now), createUseCases: false);
                if (draft is null)
                    throw new InvalidOperationException($"Default catalog item '{c.Title}' is invalid: {string.Join("; ", problems.Select(p => p.Problem))}");
                drafts.Add(draft);
            }
            await CatalogWriter.SaveAsync(db, drafts, replaceAll: false, actor: "journeybot", action: "seed", now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (!await db.Journeys.AnyAsync(cancellationToken)) throw;
            logger.LogInformation("Another instance seeded the default catalog first");
            return false;
        }
        logger.LogInformation("Seeded the default catalog: {Journeys} journeys, {UseCases} use cases, {Items} collateral items",
            document.Journeys.Count, document.UseCases.Count, drafts.Count);
        return true;
    }

    public static CollateralInput ToInput(CollateralDocument c) =>
        new(c.Title, c.Url, c.Type, c.Stages, c.Personas, c.UseCases, c.UpdatedOn, c.Owner, c.Description, c.ReviewedOn, c.RetiredOn);

    private static async Task ApplyVocabularyAsync(CatalogDbContext db, CatalogDocument document, CancellationToken cancellationToken)
    {
        foreach (var j in document.Journeys)
        {
            db.Journeys.Add(new Journey
            {
                Key = j.Key, Name = j.Name, Description = j.Description, IsTagging = j.Tagging,
                Stages = j.Stages.Select((s, i) => new Stage
                {
                    Key = s.Key, Name = s.Name, Position = i, Definition = s.Definition, Focus = s.Focus, Owner = s.Owner,
                    MeasuredBy = s.MeasuredBy, Activities = s.Activities, TypicalCollateral = s.TypicalCollateral, Aliases = s.Aliases,
                }).ToList(),
            });
        }
        foreach (var p in document.Personas)
            db.Personas.Add(new Persona { Key = p.Key, Name = p.Name, Needs = p.Needs, Aliases = p.Aliases, Titles = p.Titles });
        var motions = document.Motions.ToDictionary(m => m.Key, m => new Motion
        {
            Key = m.Key, Name = m.Name, Channel = m.Channel, Aliases = m.Aliases,
            ValuePlay = m.ValuePlay.ToModel(),
        });
        db.Motions.AddRange(motions.Values);
        foreach (var u in document.UseCases)
            db.UseCases.Add(new UseCase { Key = u.Key, Name = u.Name, Description = u.Description, Aliases = u.Aliases, Motion = u.Motion is null ? null : motions[u.Motion] });
        foreach (var t in document.CollateralTypes)
            db.CollateralTypes.Add(new CollateralType { Key = t.Key, Name = t.Name, Aliases = t.Aliases });
        foreach (var t in document.Teams)
            db.Teams.Add(new Team { Key = t.Key, Name = t.Name, SlackId = t.SlackId, Aliases = t.Aliases });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
