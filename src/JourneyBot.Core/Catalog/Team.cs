namespace JourneyBot.Core.Catalog;

/// <summary>
/// A team that can own collateral (<c>owner: Platform marketing</c>), and where Slack reaches it: the members of a
/// user group (<c>S…</c>) or a channel (<c>C…</c>/<c>G…</c>). Catalog data, edited by import (<c>teams:</c>).
/// </summary>
public sealed class Team
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string SlackId { get; set; }

    /// <summary>Other names owners write for the team ("platform mktg").</summary>
    public List<string> Aliases { get; set; } = [];
}

/// <summary>A team as answers and owner resolution see it.</summary>
public sealed record TeamInfo(string Key, string Name, string SlackId, IReadOnlyList<string> Aliases)
{
    /// <summary>True when <paramref name="owner"/> is the team's key, name or an alias, ignoring case and surrounding spaces.</summary>
    public bool IsNamed(string owner)
    {
        var text = owner.Trim();
        return string.Equals(text, Key, StringComparison.OrdinalIgnoreCase)
               || string.Equals(text, Name, StringComparison.OrdinalIgnoreCase)
               || Aliases.Any(a => string.Equals(text, a, StringComparison.OrdinalIgnoreCase));
    }
}
