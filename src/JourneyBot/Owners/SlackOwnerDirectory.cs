using JourneyBot.Core.Catalog;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JourneyBot.Owners;

/// <summary>
/// Resolves owner text over Slack (see <see cref="OwnerText"/>): a user id with <c>users.info</c>, an email with
/// <c>users.lookupByEmail</c>, a team through its user group's members (<c>usergroups.users.list</c>, then each
/// member's time zone) or its channel. Answers are cached (<see cref="OwnersOptions"/>), "not found" too but shorter,
/// so a weekly run asks Slack about an owner once. A Slack failure that says nothing about the owner (network, rate
/// limit after the client's retries, a missing scope) is thrown as <see cref="SlackApiException"/> and not cached.
/// </summary>
public sealed partial class SlackOwnerDirectory(
    SlackApiClient slack,
    CatalogSnapshotProvider catalogs,
    IOptions<OwnersOptions> options,
    TimeProvider clock,
    ILogger<SlackOwnerDirectory> logger) : IOwnerDirectory
{
    /// <summary>A team is a handful of people who review content; a group bigger than this is DMed in its first members only.</summary>
    public const int MaxTeamMembers = 50;

    private readonly ExpiringCache<SlackUser?> _users = new(clock);
    private readonly ExpiringCache<SlackUser?> _emails = new(clock);
    private readonly ExpiringCache<IReadOnlyList<string>?> _groups = new(clock);

    private TimeSpan Found => TimeSpan.FromHours(options.Value.CacheHours);
    private TimeSpan NotFound => TimeSpan.FromMinutes(options.Value.NotFoundCacheMinutes);

    public async Task<IReadOnlyList<OwnerRecipient>?> RecipientsAsync(string owner, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        switch (OwnerText.Read(owner, catalog.Teams))
        {
            case OwnerReference.UserId(var id):
                return Reachable(await UserAsync(id, cancellationToken)) is { } user ? [Recipient(user)] : null;
            case OwnerReference.Email(var address):
                return Reachable(await UserByEmailAsync(address, cancellationToken)) is { } found ? [Recipient(found)] : null;
            case OwnerReference.Team(var team) when team.SlackId.StartsWith('S'):
                return await MembersAsync(team, cancellationToken);
            case OwnerReference.Team(var team):
                return [new OwnerRecipient(team.SlackId, null)]; // a channel: the team reads it together
            default:
                return null;
        }
    }

    private async Task<IReadOnlyList<OwnerRecipient>?> MembersAsync(TeamInfo team, CancellationToken cancellationToken)
    {
        if (!_groups.TryGet(team.SlackId, out var members))
        {
            members = await slack.UserGroupMembers(team.SlackId, cancellationToken);
            _groups.Set(team.SlackId, members, members is null ? NotFound : Found);
        }
        if (members is null or { Count: 0 }) return null;
        if (members.Count > MaxTeamMembers) LogLargeTeam(logger, team.Key, members.Count, MaxTeamMembers);

        var recipients = new List<OwnerRecipient>();
        foreach (var id in members.Take(MaxTeamMembers))
            if (Reachable(await UserAsync(id, cancellationToken)) is { } user) recipients.Add(Recipient(user));
        return recipients.Count > 0 ? recipients : null;
    }

    private async Task<SlackUser?> UserAsync(string id, CancellationToken cancellationToken)
    {
        if (_users.TryGet(id, out var user)) return user;
        user = await slack.UserInfo(id, cancellationToken);
        _users.Set(id, user, user is null ? NotFound : Found);
        return user;
    }

    private async Task<SlackUser?> UserByEmailAsync(string address, CancellationToken cancellationToken)
    {
        if (_emails.TryGet(address, out var user)) return user;
        user = await slack.LookupUserByEmail(address, cancellationToken);
        _emails.Set(address, user, user is null ? NotFound : Found);
        if (user is not null) _users.Set(user.Id, user, Found); // the same user object users.info gives: its tz is known now
        return user;
    }

    // A deactivated account or a bot cannot review anything.
    private static SlackUser? Reachable(SlackUser? user) => user is { Deleted: false, IsBot: false } ? user : null;

    private static OwnerRecipient Recipient(SlackUser user) => new(user.Id, string.IsNullOrEmpty(user.TimeZone) ? null : user.TimeZone);

    [LoggerMessage(LogLevel.Warning, "Team {Team} has {Members} members in its Slack user group; only the first {Max} get its owner messages")]
    private static partial void LogLargeTeam(ILogger logger, string team, int members, int max);
}
