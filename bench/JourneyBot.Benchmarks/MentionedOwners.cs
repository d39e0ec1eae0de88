using System.Text.RegularExpressions;
using JourneyBot.Owners;

namespace JourneyBot.Benchmarks;

/// <summary>
/// The bench's owners are <c>&lt;@U…&gt;</c> mentions resolved without Slack: what the real directory returns from
/// its cache after the first week, so the bench times building the review, not Slack's look-ups.
/// </summary>
public sealed partial class MentionedOwners : IOwnerDirectory
{
    public Task<IReadOnlyList<OwnerRecipient>?> RecipientsAsync(string owner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OwnerRecipient>?>(Mention().Match(owner.Trim()) is { Success: true } m ? [new OwnerRecipient(m.Groups["id"].Value, "UTC")] : null);

    [GeneratedRegex(@"^<@(?<id>U[A-Z0-9]{2,20})>$")]
    private static partial Regex Mention();
}
