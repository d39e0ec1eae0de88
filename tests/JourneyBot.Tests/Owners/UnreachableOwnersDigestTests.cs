using System.Text.Json;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Digests;
using JourneyBot.Messages;
using JourneyBot.Owners;
using JourneyBot.Slack.BlockKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static JourneyBot.Tests.Owners.OwnerDirectoryFixture;

namespace JourneyBot.Tests.Owners;

/// <summary>Owners Slack cannot reach are listed once in the weekly digest, with their item counts, and never fail it.</summary>
public sealed class UnreachableOwnersDigestTests : IAsyncLifetime
{
    // Six items: "Jane Doe" twice (written two ways), a user, an email Slack does not know, a team, and no owner.
    private const string Items = """
        title,url,type,stages,personas,use_cases,updated_on,owner,description
        One,https://content.example.com/one,White paper,awareness,,ci,2026-11-01,Jane Doe,
        Two,https://content.example.com/two,White paper,awareness,,cd,2026-11-01,jane doe ,
        Three,https://content.example.com/three,White paper,awareness,,ci,2026-11-01,<@U123>,
        Four,https://content.example.com/four,White paper,awareness,,ci,2026-11-01,nobody@example.com,
        Five,https://content.example.com/five,White paper,awareness,,cd,2026-11-01,PMM,
        Six,https://content.example.com/six,White paper,awareness,,cd,2026-11-01,,
        """;

    private OwnerDirectoryFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await StartAsync();
        var imported = await _f.Catalog.ImportAsync(Items, CatalogFormat.Csv, new ImportOptions(Replace: true));
        Assert.True(imported.Succeeded, string.Join("; ", imported.Problems));
        _f.Slack.Script("users.info", new FakeResponse(200, User("U123")), new FakeResponse(200, User("U1")));
        _f.Slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":true,"users":["U1"]}"""));
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<Digest> DigestAsync(IOwnerDirectory? directory, params string[] useCases)
    {
        var services = _f.Catalog.Services;
        var builder = new DigestBuilder(
            services.GetRequiredService<IDbContextFactory<CatalogDbContext>>(),
            services.GetRequiredService<IOptions<CatalogOptions>>(),
            services.GetRequiredService<IOptions<DigestOptions>>(),
            services.GetRequiredService<JourneyBot.Core.Usage.UsageReport>(),
            _f.Catalog.Clock,
            new DigestOwnerCheck(services.GetRequiredService<CatalogSnapshotProvider>(), NullLogger<DigestOwnerCheck>.Instance, directory));
        return await builder.BuildAsync(await _f.Catalog.SnapshotAsync(), useCases, channelId: null, baseline: null, CancellationToken.None);
    }

    [Fact]
    public async Task The_digest_lists_each_owner_slack_cannot_reach_once_with_their_item_count()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"users_not_found"}"""));

        var digest = await DigestAsync(_f.Directory);

        Assert.Equal([new OwnerItems("Jane Doe", 2), new OwnerItems("nobody@example.com", 1)], digest.UnreachableOwners);
    }

    [Fact]
    public async Task The_posted_digest_shows_the_unreachable_owners_in_one_short_section()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"users_not_found"}"""));

        var message = AnswerMessages.Build(new DigestAnswer(await DigestAsync(_f.Directory), IsPreview: false));

        var texts = message.Blocks!.OfType<SectionBlock>().Select(s => s.Text?.Text ?? "").ToList();
        var section = Assert.Single(texts, t => t.Contains("Owners JourneyBot cannot reach", StringComparison.Ordinal));
        Assert.Contains("Jane Doe (2 items), nobody@example.com (1 item)", section);
        Assert.Single(texts, t => t.Contains("Jane Doe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_digest_whose_owners_are_all_reachable_has_no_owner_section()
    {
        await _f.Catalog.ImportAsync("""
            title,url,type,stages,personas,use_cases,updated_on,owner,description
            Three,https://content.example.com/three,White paper,awareness,,ci,2026-11-01,<@U123>,
            Five,https://content.example.com/five,White paper,awareness,,cd,2026-11-01,PMM,
            """, CatalogFormat.Csv, new ImportOptions(Replace: true));

        var digest = await DigestAsync(_f.Directory);

        Assert.Empty(digest.UnreachableOwners);
        var message = AnswerMessages.Build(new DigestAnswer(digest, IsPreview: false));
        Assert.DoesNotContain(message.Blocks!.OfType<SectionBlock>(), s => s.Text?.Text.Contains("cannot reach", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_digest_of_some_use_cases_counts_only_their_items_owners()
    {
        var digest = await DigestAsync(_f.Directory, "cd");

        Assert.Equal([new OwnerItems("jane doe", 1)], digest.UnreachableOwners);
        Assert.Empty(_f.Slack.CallsTo("users.lookupByEmail")); // the ci item's email owner is not this digest's
    }

    [Fact]
    public async Task A_slack_failure_for_one_owner_leaves_that_owner_out_and_the_digest_is_still_built()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(500, "oops"));

        var digest = await DigestAsync(_f.Directory);

        Assert.Equal([new OwnerItems("Jane Doe", 2)], digest.UnreachableOwners);
    }

    [Fact]
    public async Task Without_slack_the_digest_lists_only_owners_that_are_no_user_email_or_team()
    {
        var digest = await DigestAsync(directory: null);

        Assert.Equal([new OwnerItems("Jane Doe", 2)], digest.UnreachableOwners);
        Assert.Empty(_f.Slack.Calls);
    }

    [Fact]
    public async Task Digest_preview_json_carries_unreachable_owners()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"users_not_found"}"""));

        var json = JsonSerializer.SerializeToElement(DigestVerb.ToJson(await DigestAsync(_f.Directory)));

        var owners = json.GetProperty("unreachable_owners").EnumerateArray().Select(o => (o.GetProperty("owner").GetString(), o.GetProperty("items").GetInt32()));
        Assert.Equal([("Jane Doe", 2), ("nobody@example.com", 1)], owners);
    }
}
