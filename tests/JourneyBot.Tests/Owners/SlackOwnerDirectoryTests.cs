using JourneyBot.Owners;
using JourneyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static JourneyBot.Tests.Owners.OwnerDirectoryFixture;

namespace JourneyBot.Tests.Owners;

/// <summary>Owner text resolved over the FakeSlack: each form, the cache, and what cannot be resolved.</summary>
public sealed class SlackOwnerDirectoryTests : IAsyncLifetime
{
    private OwnerDirectoryFixture _f = null!;

    public async Task InitializeAsync() => _f = await StartAsync();

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private Task<IReadOnlyList<OwnerRecipient>?> Resolve(string owner) => _f.Directory.RecipientsAsync(owner, CancellationToken.None);

    [Theory]
    [InlineData("<@U123>")]
    [InlineData("<@U123|jane>")]
    [InlineData(" U123 ")]
    public async Task A_user_id_resolves_to_that_user_with_their_time_zone_from_users_info(string owner)
    {
        _f.Slack.Script("users.info", new FakeResponse(200, User("U123", "Asia/Tokyo")));

        Assert.Equal([new OwnerRecipient("U123", "Asia/Tokyo")], await Resolve(owner));
        Assert.Equal("user=U123", Assert.Single(_f.Slack.CallsTo("users.info")).Body);
    }

    [Fact]
    public async Task An_email_resolves_with_one_lookup_that_also_gives_the_time_zone()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, User("U77", "America/Chicago")));

        Assert.Equal([new OwnerRecipient("U77", "America/Chicago")], await Resolve("Jane.Doe@Example.com"));
        Assert.Equal("email=jane.doe%40example.com", Assert.Single(_f.Slack.CallsTo("users.lookupByEmail")).Body);
        Assert.Empty(_f.Slack.CallsTo("users.info"));
    }

    [Theory]
    [InlineData("product marketing")]
    [InlineData("PMM")]
    [InlineData("product-marketing")]
    public async Task A_team_with_a_user_group_resolves_to_its_members_each_with_their_time_zone(string owner)
    {
        _f.Slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":true,"users":["U1","U2"]}"""));
        _f.Slack.Script("users.info", new FakeResponse(200, User("U1", "Europe/Paris")), new FakeResponse(200, User("U2", tz: null)));

        Assert.Equal([new OwnerRecipient("U1", "Europe/Paris"), new OwnerRecipient("U2", null)], await Resolve(owner));
        Assert.Equal("usergroup=S0PMM1", Assert.Single(_f.Slack.CallsTo("usergroups.users.list")).Body);
    }

    [Fact]
    public async Task A_team_with_a_channel_resolves_to_the_channel_without_asking_slack()
    {
        var recipient = Assert.Single((await Resolve("Field Enablement"))!);

        Assert.Equal(new OwnerRecipient("C0FIELD1", null), recipient);
        Assert.True(recipient.IsChannel);
        Assert.Empty(_f.Slack.Calls);
    }

    [Theory]
    [InlineData("Technical Marketing")]
    [InlineData("Jane Doe")]
    [InlineData("u123")]
    [InlineData("")]
    public async Task Text_that_is_no_user_email_or_team_is_unresolvable_without_asking_slack(string owner)
    {
        Assert.Null(await Resolve(owner));
        Assert.Empty(_f.Slack.Calls);
    }

    [Fact]
    public async Task A_second_resolution_of_an_owner_makes_no_slack_call()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, User("U77")));
        _f.Slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":true,"users":["U1"]}"""));
        _f.Slack.Script("users.info", new FakeResponse(200, User("U1")));
        var first = (await Resolve("jane@example.com"), await Resolve("pmm"));
        var calls = _f.Slack.Calls.Count;

        var second = (await Resolve("jane@example.com"), await Resolve("PMM"), await Resolve("<@U77>"));

        Assert.Equal(3, calls);
        Assert.Equal(calls, _f.Slack.Calls.Count);
        Assert.Equal(first.Item1, second.Item1);
        Assert.Equal(first.Item2, second.Item2);
        Assert.Equal(first.Item1, second.Item3); // the email's lookup told us U77's time zone too
    }

    [Fact]
    public async Task A_found_owner_is_asked_again_once_the_cache_hours_have_passed()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, User("U77", "Europe/Berlin")), new FakeResponse(200, User("U77", "Europe/London")));
        await Resolve("jane@example.com");

        _f.Catalog.Clock.Advance(TimeSpan.FromHours(_f.Options.CacheHours) - TimeSpan.FromMinutes(1));
        Assert.Equal("Europe/Berlin", (await Resolve("jane@example.com"))![0].TimeZone);
        _f.Catalog.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("Europe/London", (await Resolve("jane@example.com"))![0].TimeZone);
        Assert.Equal(2, _f.Slack.CallsTo("users.lookupByEmail").Count);
    }

    [Fact]
    public async Task An_email_slack_does_not_know_is_unresolvable_and_remembered_for_the_shorter_not_found_time()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"users_not_found"}"""), new FakeResponse(200, User("U88")));

        Assert.Null(await Resolve("new.hire@example.com"));
        Assert.Null(await Resolve("new.hire@example.com"));
        Assert.Single(_f.Slack.CallsTo("users.lookupByEmail"));

        _f.Catalog.Clock.Advance(TimeSpan.FromMinutes(_f.Options.NotFoundCacheMinutes + 1));
        Assert.Equal("U88", (await Resolve("new.hire@example.com"))![0].SlackId);
    }

    [Fact]
    public async Task A_deactivated_user_is_unresolvable()
    {
        _f.Slack.Script("users.info", new FakeResponse(200, User("U9", deleted: true)));

        Assert.Null(await Resolve("<@U9>"));
    }

    [Fact]
    public async Task A_team_whose_user_group_slack_does_not_know_is_unresolvable()
    {
        _f.Slack.Script("usergroups.users.list", new FakeResponse(200, """{"ok":false,"error":"no_such_subteam"}"""));

        Assert.Null(await Resolve("pmm"));
    }

    [Fact]
    public async Task A_slack_failure_is_thrown_and_not_remembered_as_unresolvable()
    {
        _f.Slack.Script("users.lookupByEmail", new FakeResponse(200, """{"ok":false,"error":"missing_scope"}"""), new FakeResponse(200, User("U77")));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Resolve("jane@example.com"));

        Assert.Equal("missing_scope", error.Error);
        Assert.Equal("U77", (await Resolve("jane@example.com"))![0].SlackId);
    }

    [Theory]
    [InlineData("Owners:CacheHours", "0")]
    [InlineData("Owners:NotFoundCacheMinutes", "0")]
    public void Cache_times_out_of_range_are_refused_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOwners(serving: false).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OwnersOptions>>().Value);
        Assert.Contains(key.Split(':')[1], error.Message);
    }
}
