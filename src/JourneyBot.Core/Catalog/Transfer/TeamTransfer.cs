using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.RepresentationModel;
using static JourneyBot.Core.Catalog.Transfer.YamlFields;

namespace JourneyBot.Core.Catalog.Transfer;

/// <summary>A team in the YAML catalog file (<c>teams:</c>): owners may name it, Slack reaches it at <see cref="SlackId"/>.</summary>
public sealed class TeamDocument
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>A Slack user group (<c>S…</c>, its members are messaged) or channel (<c>C…</c>, <c>G…</c>).</summary>
    public string SlackId { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}

/// <summary>
/// The <c>teams:</c> list of a YAML catalog file, imported by key (added or updated) in the import's transaction, so
/// an owner written as a team name reaches the team in Slack. A field left out keeps what the team has; a new team
/// needs a <c>slack_id</c>; teams are never deleted by import.
/// </summary>
public static partial class TeamTransfer
{
    private static readonly string[] TeamFields = ["key", "name", "slack_id", "aliases"];

    public static (IReadOnlyList<TeamDocument> Teams, IReadOnlyList<FileProblem> Problems) Read(YamlMappingNode root, CatalogSnapshot catalog)
    {
        var problems = new List<FileProblem>();
        var teams = new List<TeamDocument>();
        foreach (var (key, fields) in KeyedEntries(root, "teams", "team", TeamFields, problems))
        {
            var existing = catalog.Teams.FirstOrDefault(t => t.Key == key);
            var slackId = Scalar(fields, "slack_id")?.Trim() ?? existing?.SlackId;
            if (slackId is null)
            {
                problems.Add(new FileProblem(Line(fields.GetValueOrDefault("key") ?? fields.Values.First()),
                    $"team '{key}' needs a slack_id: the id of its Slack user group (S…) or channel (C…)"));
                continue;
            }
            if (!IsSlackId(slackId))
            {
                problems.Add(new FileProblem(Line(fields["slack_id"]),
                    $"slack_id '{slackId}' of team '{key}' must be a Slack user group id (S…) or channel id (C… or G…), e.g. S0614TZR7"));
                continue;
            }
            teams.Add(new TeamDocument
            {
                Key = key,
                Name = Scalar(fields, "name")?.Trim() ?? existing?.Name ?? key,
                SlackId = slackId,
                Aliases = fields.TryGetValue("aliases", out var aliases) ? List(aliases) : [.. existing?.Aliases ?? []],
            });
        }
        return (teams, problems);
    }

    /// <summary>A user group (<c>S…</c>) or channel (<c>C…</c>, private <c>G…</c>) id as Slack writes them: upper case letters and digits.</summary>
    public static bool IsSlackId(string id) => SlackIdPattern().IsMatch(id);

    /// <summary>Adds the teams that are new and updates the ones that exist, by key. The caller commits.</summary>
    public static async Task<int> ApplyAsync(CatalogDbContext db, IReadOnlyList<TeamDocument> teams, CancellationToken cancellationToken)
    {
        var keys = teams.Select(t => t.Key).ToList();
        var existing = await db.Teams.Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, cancellationToken);
        foreach (var t in teams)
        {
            if (!existing.TryGetValue(t.Key, out var team))
                db.Teams.Add(team = new Team { Key = t.Key, Name = t.Name, SlackId = t.SlackId });
            team.Name = t.Name;
            team.SlackId = t.SlackId;
            team.Aliases = [.. t.Aliases];
        }
        await db.SaveChangesAsync(cancellationToken);
        return teams.Count;
    }

    public static TeamDocument ToDocument(TeamInfo t) => new() { Key = t.Key, Name = t.Name, SlackId = t.SlackId, Aliases = [.. t.Aliases] };

    [GeneratedRegex("^[SCG][A-Z0-9]{2,20}$")]
    private static partial Regex SlackIdPattern();
}
