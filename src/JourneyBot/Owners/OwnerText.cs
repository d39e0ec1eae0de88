using System.Net.Mail;
using System.Text.RegularExpressions;
using JourneyBot.Core.Catalog;

namespace JourneyBot.Owners;

/// <summary>What an item's <c>owner</c> text names: a Slack user by id, a user by email, a catalog team, or nothing Slack knows.</summary>
public abstract record OwnerReference
{
    public sealed record UserId(string Id) : OwnerReference;
    public sealed record Email(string Address) : OwnerReference;
    public sealed record Team(TeamInfo Info) : OwnerReference;
    public sealed record Unrecognised : OwnerReference;
}

/// <summary>Reads owner text as people write it: <c>&lt;@U123&gt;</c>, <c>&lt;@U123|jane&gt;</c>, <c>U123</c>, an email, or a team's key, name or alias.</summary>
public static partial class OwnerText
{
    public static OwnerReference Read(string? owner, IReadOnlyList<TeamInfo> teams)
    {
        var text = owner?.Trim() ?? "";
        if (text.Length == 0) return new OwnerReference.Unrecognised();
        // Teams first: a team named like an id ("U2") is still the team its catalog entry says.
        if (teams.FirstOrDefault(t => t.IsNamed(text)) is { } team) return new OwnerReference.Team(team);
        if (Mention().Match(text) is { Success: true } mention) return new OwnerReference.UserId(mention.Groups["id"].Value);
        if (BareId().IsMatch(text)) return new OwnerReference.UserId(text);
        if (MailtoLink().Match(text) is { Success: true } mailto) text = mailto.Groups["address"].Value; // Slack's <mailto:a@b|a@b>
        return IsEmail(text) ? new OwnerReference.Email(text.ToLowerInvariant()) : new OwnerReference.Unrecognised();
    }

    private static bool IsEmail(string text) =>
        text.Contains('@') && !text.Contains(' ') && MailAddress.TryCreate(text, out var address) && address.Address == text;

    // Slack user ids: U… (or W… on Enterprise Grid), upper case letters and digits, at least one digit.
    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]*[0-9][A-Z0-9]*)(\|[^>]*)?>$")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^[UW][A-Z0-9]*[0-9][A-Z0-9]*$")]
    private static partial Regex BareId();

    [GeneratedRegex(@"^<mailto:(?<address>[^|>]+)(\|[^>]*)?>$")]
    private static partial Regex MailtoLink();
}
