using JourneyBot.Core.Reviews;
using JourneyBot.Core.Usage;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// The catalog database. Provider-neutral: each provider keeps its migrations in its own assembly
/// (SQLite's in this one), so SQLite and PostgreSQL evolve side by side.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Journey> Journeys => Set<Journey>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Persona> Personas => Set<Persona>();
    public DbSet<Motion> Motions => Set<Motion>();
    public DbSet<UseCase> UseCases => Set<UseCase>();
    public DbSet<CollateralType> CollateralTypes => Set<CollateralType>();
    public DbSet<Collateral> Collateral => Set<Collateral>();
    public DbSet<QueryLogEntry> QueryLog => Set<QueryLogEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<InboxEvent> Inbox => Set<InboxEvent>();
    public DbSet<DigestSubscription> DigestSubscriptions => Set<DigestSubscription>();
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<ReviewDelivery> ReviewDeliveries => Set<ReviewDelivery>();
    public DbSet<ReviewPause> ReviewPauses => Set<ReviewPause>();
    public DbSet<ItemUsage> ItemUsage => Set<ItemUsage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Journey>(e =>
        {
            e.HasIndex(j => j.Key).IsUnique();
            e.HasMany(j => j.Stages).WithOne(s => s.Journey).HasForeignKey(s => s.JourneyId);
        });
        modelBuilder.Entity<Stage>(e =>
        {
            e.HasIndex(s => new { s.JourneyId, s.Key }).IsUnique();
            e.HasIndex(s => new { s.JourneyId, s.Position });
        });
        modelBuilder.Entity<Persona>().HasIndex(p => p.Key).IsUnique();
        modelBuilder.Entity<Motion>(e =>
        {
            e.HasIndex(m => m.Key).IsUnique();
            e.OwnsOne(m => m.ValuePlay, p => p.Property(v => v.TalkTracks).HasConversion(TalkTracksJson.Converter, TalkTracksJson.Comparer));
            e.HasMany(m => m.UseCases).WithOne(u => u.Motion).HasForeignKey(u => u.MotionId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<UseCase>().HasIndex(u => u.Key).IsUnique();
        modelBuilder.Entity<Team>(e => { e.HasIndex(t => t.Key).IsUnique(); e.Property(t => t.SlackId).HasMaxLength(32); });
        modelBuilder.Entity<CollateralType>().HasIndex(t => t.Key).IsUnique();
        modelBuilder.Entity<Collateral>(e =>
        {
            e.HasIndex(c => c.Url).IsUnique();
            // Not unique: databases from before the key may hold two URLs of one page; add and import never make more.
            e.HasIndex(c => c.UrlKey);
            e.HasIndex(c => c.UpdatedOn);
            e.HasOne(c => c.Type).WithMany().HasForeignKey(c => c.TypeId).OnDelete(DeleteBehavior.SetNull);
            // The join tables get a reverse index too: "which items are tagged <stage>/<use case>" is the hot lookup.
            e.HasMany(c => c.Stages).WithMany().UsingEntity("CollateralStages",
                r => r.HasOne(typeof(Stage)).WithMany().HasForeignKey("StageId"),
                l => l.HasOne(typeof(Collateral)).WithMany().HasForeignKey("CollateralId"),
                j => { j.HasKey("CollateralId", "StageId"); j.HasIndex("StageId"); });
            e.HasMany(c => c.Personas).WithMany().UsingEntity("CollateralPersonas",
                r => r.HasOne(typeof(Persona)).WithMany().HasForeignKey("PersonaId"),
                l => l.HasOne(typeof(Collateral)).WithMany().HasForeignKey("CollateralId"),
                j => { j.HasKey("CollateralId", "PersonaId"); j.HasIndex("PersonaId"); });
            e.HasMany(c => c.UseCases).WithMany().UsingEntity("CollateralUseCases",
                r => r.HasOne(typeof(UseCase)).WithMany().HasForeignKey("UseCaseId"),
                l => l.HasOne(typeof(Collateral)).WithMany().HasForeignKey("CollateralId"),
                j => { j.HasKey("CollateralId", "UseCaseId"); j.HasIndex("UseCaseId"); });
        });
        modelBuilder.Entity<QueryLogEntry>().HasIndex(q => q.AskedAt);
        modelBuilder.Entity<AuditEntry>().HasIndex(a => a.At);
        modelBuilder.Entity<InboxEvent>(e =>
        {
            e.ToTable("SlackInbox");
            e.HasKey(i => i.EventId);
            e.HasIndex(i => new { i.HandledAt, i.ReceivedAt }); // the drain's "not handled yet, oldest first"
        });
        modelBuilder.Entity<DigestSubscription>(e =>
        {
            // One subscription per channel: subscribing again updates it.
            e.HasIndex(d => new { d.TeamId, d.ChannelId }).IsUnique();
            e.Property(d => d.Weekday).HasConversion<string>().HasMaxLength(16);
            e.HasMany(d => d.Deliveries).WithOne(d => d.Subscription).HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DigestDelivery>(e =>
        {
            // The exactly-once claim: a second insert for the same week fails.
            e.HasIndex(d => new { d.SubscriptionId, d.Week }).IsUnique();
            e.Property(d => d.Week).HasMaxLength(16);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        });
        ReviewModel.Configure(modelBuilder);
        modelBuilder.Entity<ItemUsage>(e =>
        {
            // The key is what UsageCounter's upsert adds to; Week leads the index the digest's "since a week" reads.
            e.HasKey(u => new { u.CollateralId, u.Week, u.ChannelId });
            e.HasIndex(u => u.Week);
            e.Property(u => u.Week).HasMaxLength(16);
            e.Property(u => u.ChannelId).HasMaxLength(32);
        });
    }
}

/// <summary>
/// A Slack event the bot has acknowledged: kept from before the ack until it is answered, so a restart, a crash or
/// a database fault loses none. Its key is also the dedupe of Slack's retries, across restarts and instances.
/// </summary>
public sealed class InboxEvent
{
    public required string EventId { get; set; }

    /// <summary>The event's JSON as Slack sent it, to handle it again after a restart.</summary>
    public required string Body { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The process handling it; null when nobody is (given back at a shutdown).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the claim was taken; a claim older than the lease is a crashed process's and is taken over.</summary>
    public DateTime? ClaimedAt { get; set; }

    /// <summary>When it was answered (or given up on); set, it is only kept as a dedupe record.</summary>
    public DateTime? HandledAt { get; set; }
}
