using System.Globalization;
using JourneyBot.Core.Digests;
using JourneyBot.Slack.BlockKit;
using static JourneyBot.Messages.Kit;

namespace JourneyBot.Messages;

/// <summary>The digest's short list of owners JourneyBot cannot reach in Slack, so someone fixes the owner text.</summary>
public static class OwnerDigestMessages
{
    private const int MaxOwners = 15;
    private const int MaxOwnerLength = 60;

    /// <returns>The section, or null when every owner can be reached.</returns>
    public static SectionBlock? Unreachable(IReadOnlyList<OwnerItems> owners)
    {
        if (owners.Count == 0) return null;
        var list = string.Join(", ", owners.Take(MaxOwners).Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{Escape(BlockKitLimits.Truncate(o.Owner, MaxOwnerLength))} ({o.Items} item{(o.Items == 1 ? "" : "s")})")));
        var more = owners.Count > MaxOwners ? string.Create(CultureInfo.InvariantCulture, $" …and {owners.Count - MaxOwners} more") : "";
        return Section($"*:busts_in_silhouette: Owners JourneyBot cannot reach:* {list}{more}\n"
                       + "_Write an owner as a Slack user (@name or an email) or a team from the catalog's `teams:`, so reviews reach them._");
    }

    /// <returns>The section, or null when nothing is due for review.</returns>
    public static SectionBlock? DueForReview(IReadOnlyList<OwnerItems> owners)
    {
        if (owners.Count == 0) return null;
        var total = owners.Sum(o => o.Items);
        var list = string.Join(", ", owners.Take(MaxOwners).Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{Escape(BlockKitLimits.Truncate(o.Owner, MaxOwnerLength))} ({o.Items})")));
        var more = owners.Count > MaxOwners ? string.Create(CultureInfo.InvariantCulture, $" …and {owners.Count - MaxOwners} more") : "";
        return Section(string.Create(CultureInfo.InvariantCulture, $"*:hourglass_flowing_sand: Due for review: {total} item{(total == 1 ? "" : "s")}* by {list}{more}\n")
                       + "_Their owners get one message a week to confirm, update or retire them._");
    }
}
