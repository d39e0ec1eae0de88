using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.Slack.WebApi;

/// <summary>A Slack user as the bot needs one: who, their IANA time zone (<c>tz</c>), and whether they can be messaged at all.</summary>
public sealed record SlackUser(string Id, string? TimeZone, bool Deleted, bool IsBot);

public sealed partial class SlackApiClient
{
    /// <summary><c>users.lookupByEmail</c> (scope <c>users:read.email</c>, Tier 3).</summary>
    /// <returns>The user, or null when no user of the workspace has that email (<c>users_not_found</c>).</returns>
    public async Task<SlackUser?> LookupUserByEmail(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return await UserOrNull("users.lookupByEmail", new JsonObject { ["email"] = email }, "users_not_found", cancellationToken);
    }

    /// <summary><c>users.info</c> (scope <c>users:read</c>, Tier 4): the user's time zone among others.</summary>
    /// <returns>The user, or null when there is no such user (<c>user_not_found</c>).</returns>
    public async Task<SlackUser?> UserInfo(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return await UserOrNull("users.info", new JsonObject { ["user"] = userId }, "user_not_found", cancellationToken);
    }

    /// <summary><c>usergroups.users.list</c> (scope <c>usergroups:read</c>): the user ids of a user group (<c>S…</c>).</summary>
    /// <returns>The members, or null when the group does not exist (<c>no_such_subteam</c>).</returns>
    public async Task<IReadOnlyList<string>?> UserGroupMembers(string userGroupId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userGroupId);
        const string method = "usergroups.users.list";
        JsonElement response;
        try
        {
            response = await Call(method, new JsonObject { ["usergroup"] = userGroupId }, cancellationToken);
        }
        catch (SlackApiException e) when (e.Error == "no_such_subteam")
        {
            return null;
        }
        return response.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
            ? users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String).Select(u => u.GetString()!).ToList()
            : throw new SlackApiException(method, "response_without_users");
    }

    private async Task<SlackUser?> UserOrNull(string method, JsonObject body, string notFound, CancellationToken cancellationToken)
    {
        JsonElement response;
        try
        {
            response = await Call(method, body, cancellationToken);
        }
        catch (SlackApiException e) when (e.Error == notFound)
        {
            return null;
        }
        if (!response.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
            throw new SlackApiException(method, "response_without_user");
        return new SlackUser(
            user.Required(method, "id"),
            user.Optional("tz"),
            user.TryGetProperty("deleted", out var deleted) && deleted.ValueKind == JsonValueKind.True,
            user.TryGetProperty("is_bot", out var bot) && bot.ValueKind == JsonValueKind.True);
    }
}
