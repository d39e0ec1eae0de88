using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;

namespace JourneyBot.Tests.Catalog;

/// <summary>Teams (owners Slack reaches through a user group or channel) are catalog data: imported, exported, validated.</summary>
public sealed class TeamImportTests : IAsyncLifetime
{
    private const string Teams = """
        teams:
          - key: product-marketing
            name: Product marketing
            slack_id: S0614TZR7
            aliases: [pmm, product mktg]
          - key: field-enablement
            name: Field enablement
            slack_id: C024BE91L
        """;

    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task The_default_catalog_ships_no_teams()
    {
        Assert.Empty((await _catalog.SnapshotAsync()).Teams);
    }

    [Fact]
    public async Task Teams_imported_in_yaml_are_in_the_catalog_with_their_slack_ids_and_aliases()
    {
        var result = await _catalog.ImportAsync(Teams, CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Teams);
        var teams = (await _catalog.SnapshotAsync()).Teams;
        Assert.Equal(new TeamInfo("product-marketing", "Product marketing", "S0614TZR7", ["pmm", "product mktg"]), teams[0], TeamComparer);
        Assert.Equal(new TeamInfo("field-enablement", "Field enablement", "C024BE91L", []), teams[1], TeamComparer);
    }

    [Fact]
    public async Task Yaml_export_then_import_into_an_empty_catalog_keeps_the_teams()
    {
        await _catalog.ImportAsync(Teams, CatalogFormat.Yaml);
        var writer = new StringWriter();
        CatalogYaml.Write(CatalogTransfer.ToDocument(await _catalog.SnapshotAsync()), writer);
        Assert.Contains("slack_id: S0614TZR7", writer.ToString());

        await using var copy = await TestCatalog.CreateAsync();
        var result = await copy.ImportAsync(writer.ToString(), CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal((await _catalog.SnapshotAsync()).Teams, (await copy.SnapshotAsync()).Teams, TeamComparer);
    }

    [Fact]
    public async Task Importing_a_team_again_updates_it_by_key_and_keeps_fields_left_out()
    {
        await _catalog.ImportAsync(Teams, CatalogFormat.Yaml);

        var result = await _catalog.ImportAsync("""
            teams:
              - key: product-marketing
                slack_id: C0NEWCHAN1
            """, CatalogFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var teams = (await _catalog.SnapshotAsync()).Teams;
        Assert.Equal(2, teams.Count);
        Assert.Equal(new TeamInfo("product-marketing", "Product marketing", "C0NEWCHAN1", ["pmm", "product mktg"]), teams[0], TeamComparer);
    }

    [Theory]
    [InlineData("slack_id: U0614TZR7", 4, "slack_id 'U0614TZR7' of team 'pmm' must be a Slack user group id (S…) or channel id (C… or G…)")]
    [InlineData("slack_id: s0614tzr7", 4, "must be a Slack user group id")]
    [InlineData("slack_id: '#marketing'", 4, "must be a Slack user group id")]
    [InlineData("aliases: [marketing]", 2, "team 'pmm' needs a slack_id: the id of its Slack user group (S…) or channel (C…)")]
    public async Task A_bad_team_row_is_refused_with_its_line_and_nothing_is_imported(string field, int line, string reason)
    {
        var result = await _catalog.ImportAsync($"""
            teams:
              - key: pmm
                name: PMM
                {field}
              - key: field-enablement
                slack_id: C024BE91L
            """, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(reason, problem.Reason);
        Assert.Empty((await _catalog.SnapshotAsync()).Teams);
    }

    [Fact]
    public async Task An_unknown_team_field_is_refused_with_its_line()
    {
        var result = await _catalog.ImportAsync("""
            teams:
              - key: pmm
                slack_id: S1234567
                owner: jane
            """, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("unknown team field 'owner'; fields are key, name, slack_id, aliases", problem.Reason);
    }

    [Fact]
    public async Task A_team_key_written_twice_is_refused_with_both_lines()
    {
        var result = await _catalog.ImportAsync("""
            teams:
              - key: pmm
                slack_id: S1234567
              - key: pmm
                slack_id: S7654321
            """, CatalogFormat.Yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("team 'pmm' is already on line 2", problem.Reason);
    }

    private static readonly IEqualityComparer<TeamInfo> TeamComparer = EqualityComparer<TeamInfo>.Create(
        (a, b) => a is not null && b is not null && a.Key == b.Key && a.Name == b.Name && a.SlackId == b.SlackId && a.Aliases.SequenceEqual(b.Aliases),
        t => t.Key.GetHashCode(StringComparison.Ordinal));
}
