using JourneyBot.Core.Catalog;
using JourneyBot.Core.Digests;
using JourneyBot.Slack.WebApi;

namespace JourneyBot.Owners;

/// <summary>
/// The digest's "owners JourneyBot cannot reach": with Slack (serving), owners the <see cref="IOwnerDirectory"/>
/// cannot resolve; without it (<c>digest preview</c> from the terminal), owners that are neither a user id, an
/// email nor a catalog team, since an id or an email cannot be checked offline. A Slack failure for one owner leaves
/// that owner out (logged): it says nothing about the owner, and the digest must still be posted.
/// </summary>
public sealed partial class DigestOwnerCheck(
    CatalogSnapshotProvider catalogs,
    ILogger<DigestOwnerCheck> logger,
    IOwnerDirectory? directory = null) : IOwnerReachability
{
    public async Task<IReadOnlyList<OwnerItems>> UnreachableAsync(IReadOnlyList<OwnerItems> owners, CancellationToken cancellationToken)
    {
        var teams = (await catalogs.GetAsync(cancellationToken)).Teams;
        var unreachable = new List<OwnerItems>();
        foreach (var owner in owners)
        {
            if (directory is null)
            {
                if (OwnerText.Read(owner.Owner, teams) is OwnerReference.Unrecognised) unreachable.Add(owner);
                continue;
            }
            try
            {
                if (await directory.RecipientsAsync(owner.Owner, cancellationToken) is null) unreachable.Add(owner);
            }
            catch (SlackApiException e)
            {
                LogCheckFailed(logger, e.Method, e.Error);
            }
        }
        return unreachable;
    }

    [LoggerMessage(LogLevel.Warning, "Could not check an owner for the digest: Slack API {Method} failed ({Error}); the owner is left out of the unreachable list")]
    private static partial void LogCheckFailed(ILogger logger, string method, string error);
}
