using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Core.Reviews;

public enum ReviewDeliveryStatus { Claimed, Sent }

/// <summary>
/// One owner review DM to one recipient in one ISO week (in the recipient's zone). The unique (RecipientId, Week)
/// index is the claim: whoever inserts the row sends; every other run, retry or instance backs off.
/// </summary>
public sealed class ReviewDelivery
{
    public long Id { get; set; }

    /// <summary>The Slack id the DM went to: a user (<c>U…</c>) or a team's channel (<c>C…</c>).</summary>
    public required string RecipientId { get; set; }

    public required string Week { get; set; }
    public DateTime ClaimedAt { get; set; }
    public ReviewDeliveryStatus Status { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>The DM's ts: a button press finds the delivery by it, to redraw the message.</summary>
    public string? MessageTs { get; set; }

    /// <summary>The items listed, comma-separated ids, in the order shown.</summary>
    public string ItemIds { get; set; } = "";
}

/// <summary>A user who paused their owner review DMs from App Home; deleting the row resumes them.</summary>
public sealed class ReviewPause
{
    public required string UserId { get; set; }
    public DateTime PausedAt { get; set; }
}

public static class ReviewModel
{
    /// <summary>The review tables' keys and indexes; called from <c>CatalogDbContext.OnModelCreating</c>.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewDelivery>(e =>
        {
            e.HasIndex(d => new { d.RecipientId, d.Week }).IsUnique();
            e.HasIndex(d => d.MessageTs);
            e.Property(d => d.RecipientId).HasMaxLength(32);
            e.Property(d => d.Week).HasMaxLength(16);
            e.Property(d => d.MessageTs).HasMaxLength(32);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<ReviewPause>(e =>
        {
            e.HasKey(p => p.UserId);
            e.Property(p => p.UserId).HasMaxLength(32);
        });
    }
}
