using System.Text.RegularExpressions;
using JourneyBot.Owners;

namespace JourneyBot.Reviews;

/// <summary>
/// Stand-in until the Slack-backed owner directory is registered: resolves only <c>&lt;@U…&gt;</c> mentions (no time
/// zone). Registered with TryAdd, so the real one wins; delete this file once it lands.
/// </summary>
public sealed partial class MentionOwnerDirectory : IOwnerDirectory
{
    public Task<IReadOnlyList<OwnerRecipient>?> RecipientsAsync(string owner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnerRecipient>?>(Mention().Match(owner.Trim()) is { Success: true } m ? [new OwnerRecipient(m.Groups["id"].Value, null)] : null);

    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]{2,20})(\|[^>]*)?>$")]
    private static partial Regex Mention();
}
