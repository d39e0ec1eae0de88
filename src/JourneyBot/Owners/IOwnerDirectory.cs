namespace JourneyBot.Owners;

/// <summary>Where a message for an owner goes: a user's DM (a <c>U…</c> id, with their time zone) or a channel (<c>C…</c>).</summary>
/// <param name="TimeZone">The IANA zone from <c>users.info</c> (<c>tz</c>); null for channels or when unknown.</param>
public sealed record OwnerRecipient(string SlackId, string? TimeZone)
{
    public bool IsChannel => SlackId.StartsWith('C') || SlackId.StartsWith('G');
}

/// <summary>
/// Turns an item's <c>owner</c> text into the people Slack can reach: a user (<c>&lt;@U…&gt;</c> or an email), or a team
/// named in the catalog's <c>teams:</c> (a user group's members, or a channel). Owner review DMs are sent to these
/// recipients, and only they (or an editor) may press an item's review buttons.
/// </summary>
public interface IOwnerDirectory
{
    /// <returns>The recipients, or null when the owner cannot be resolved (listed once in the digest, never an error).</returns>
    Task<IReadOnlyList<OwnerRecipient>?> RecipientsAsync(string owner, CancellationToken cancellationToken);
}
