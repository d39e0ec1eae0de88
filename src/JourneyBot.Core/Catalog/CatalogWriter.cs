using JourneyBot.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog;

/// <summary>Writes checked collateral to the database: upsert by URL, optional replace-all, audit entry. One transaction.</summary>
public static class CatalogWriter
{
    /// <param name="Restored">Of the updated, how many were retired and are now in use again.</param>
    public sealed record Result(int Added, int Updated, int Removed, int Restored = 0);

    public static async Task<Result> SaveAsync(
        CatalogDbContext db, IReadOnlyList<CollateralDraft> drafts, bool replaceAll, string actor, string action, DateTime now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // Joins the caller's transaction when there is one (the seed), else is its own unit of work.
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            db.ChangeTracker.AutoDetectChangesEnabled = false;

            var tagging = await db.Journeys.Where(j => j.IsTagging).Select(j => j.Id).FirstAsync(cancellationToken);
            var stages = await db.Stages.Where(s => s.JourneyId == tagging).ToDictionaryAsync(s => s.Key, cancellationToken);
            var personas = await db.Personas.ToDictionaryAsync(p => p.Key, cancellationToken);
            var useCases = await db.UseCases.ToDictionaryAsync(u => u.Key, cancellationToken);
            var types = await db.CollateralTypes.ToListAsync(cancellationToken);

            foreach (var key in drafts.SelectMany(d => d.NewUseCases).Distinct())
            {
                if (useCases.ContainsKey(key)) continue;
                var created = new UseCase { Key = key, Name = key };
                db.UseCases.Add(created);
                useCases[key] = created;
            }

            // Matched by URL key, so a link given again with tracking parameters, http or www. updates its item.
            // One array parameter (EF.Parameter), not one SQL parameter per key: SQLite allows at most 32,766 of those.
            var keys = drafts.Select(d => WebUrl.MatchKey(d.Url)).ToList();
            var existing = (await db.Collateral
                    .Include(c => c.Stages).Include(c => c.Personas).Include(c => c.UseCases).AsSplitQuery()
                    .Where(c => EF.Parameter(keys).Contains(c.UrlKey))
                    .ToListAsync(cancellationToken))
                .GroupBy(c => c.UrlKey, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).ToList(), StringComparer.Ordinal);

            var removed = 0;
            if (replaceAll)
            {
                var gone = await db.Collateral.Where(c => !EF.Parameter(keys).Contains(c.UrlKey)).ToListAsync(cancellationToken);
                db.Collateral.RemoveRange(gone);
                removed = gone.Count;
            }

            int added = 0, updated = 0, restored = 0;
            // A 20,000-row import names a handful of types: match each distinct spelling once (same result as per row).
            var typeFor = new Dictionary<string, CollateralType>(StringComparer.Ordinal);
            for (var i = 0; i < drafts.Count; i++)
            {
                var d = drafts[i];
                CollateralType? type = null;
                if (d.Type is not null && !typeFor.TryGetValue(d.Type, out type))
                    typeFor[d.Type] = type = FindOrAddType(db, types, d.Type);
                // An older database may hold two URLs of one page: update the one with this exact URL, else the first.
                var item = existing.TryGetValue(keys[i], out var same) ? same.Find(c => c.Url == d.Url) ?? same[0] : null;
                if (item is null)
                {
                    item = new Collateral { Title = d.Title, Url = d.Url, UrlKey = keys[i], AddedAt = now };
                    db.Collateral.Add(item);
                    existing[keys[i]] = [item];
                    added++;
                }
                else updated++;
                item.Url = d.Url; // the link as last given (minus tracking)
                item.UrlKey = keys[i];
                item.Title = d.Title;
                item.Type = type;
                item.Description = d.Description;
                item.Owner = d.Owner;
                item.UpdatedOn = d.UpdatedOn;
                if (d.ReviewedOn is { } reviewed) item.ReviewedOn = reviewed;
                if (item.RetiredOn is not null && d.RetiredOn is null) restored++;
                item.RetiredOn = d.RetiredOn;
                item.Stages = d.Stages.Select(k => stages[k]).ToList();
                item.Personas = d.Personas.Select(k => personas[k]).ToList();
                item.UseCases = d.UseCases.Select(k => useCases[k]).ToList();
            }

            db.AuditLog.Add(new AuditEntry
            {
                At = now, Actor = actor, Action = action,
                Detail = drafts.Count == 1 ? drafts[0].Url : $"{added} added, {updated} updated, {removed} removed",
            });
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            if (tx is not null) await tx.CommitAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new Result(added, updated, removed, restored);
        });
    }

    /// <summary>Collateral types are free text: matched by name, key or alias, case-insensitively; new ones are added.</summary>
    private static CollateralType FindOrAddType(CatalogDbContext db, List<CollateralType> types, string written)
    {
        var key = Vocabulary.Normalize(written);
        var type = types.FirstOrDefault(t => Vocabulary.Normalize(t.Name) == key || t.Key == key || t.Aliases.Any(a => Vocabulary.Normalize(a) == key));
        if (type is not null) return type;
        type = new CollateralType { Key = key, Name = written.Trim() };
        types.Add(type);
        db.CollateralTypes.Add(type);
        return type;
    }
}
