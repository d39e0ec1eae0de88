using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Core.Catalog;

public enum CatalogProvider { Sqlite, Postgres }

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    public CatalogProvider Provider { get; set; } = CatalogProvider.Sqlite;

    /// <summary>Collateral last updated longer ago than this is stale.</summary>
    [Range(1, 36500)]
    public int FreshnessDays { get; set; } = 365;

    /// <summary>An item not confirmed (updated or reviewed) for this many days is due for its owner's review.</summary>
    [Range(1, 36500)]
    public int ReviewDays { get; set; } = 180;

    /// <summary>Slack user ids allowed to add collateral; empty means everyone may.</summary>
    public List<string> Editors { get; set; } = [];

    /// <summary>How long an instance serves its in-memory copy before it re-reads changes made by other instances.</summary>
    [Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 30;

    public bool MayEdit(string? userId) => Editors.Count == 0 || (userId is not null && Editors.Contains(userId, StringComparer.Ordinal));
}
