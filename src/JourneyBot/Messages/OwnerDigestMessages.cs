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
}
