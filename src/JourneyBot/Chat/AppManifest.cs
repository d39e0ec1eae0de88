using YamlDotNet.Serialization;

namespace JourneyBot.Chat;

/// <summary>
/// The Slack app manifest ("Create from manifest"): HTTP mode when a public URL is given, Socket Mode otherwise
/// (Slack then needs no request URLs at all).
/// </summary>
public static class AppManifest
{
    public const string CommandName = "/journey";

    public static string Yaml(Uri? publicUrl)
    {
        string? At(string path) => publicUrl is null ? null : new Uri(publicUrl, path).AbsoluteUri;
        var manifest = new Dictionary<string, object?>
        {
            ["display_information"] = new Dictionary<string, object?>
            {
                ["name"] = "JourneyBot",
                ["description"] = "Which content fits this prospect now, and what comes next?",
                ["background_color"] = "#2c2d72",
                ["long_description"] = "JourneyBot keeps your collateral tagged by buyer-journey stage, persona and use case. Ask it for the next offer for a prospect, the collateral that fits a stage, value-play guidance and stage definitions, and get a weekly digest of the holes in your journey map.",
            },
            ["features"] = new Dictionary<string, object?>
            {
                ["app_home"] = new Dictionary<string, object?> { ["home_tab_enabled"] = true, ["messages_tab_enabled"] = true, ["messages_tab_read_only_enabled"] = false },
                ["bot_user"] = new Dictionary<string, object?> { ["display_name"] = "JourneyBot", ["always_online"] = true },
                ["slash_commands"] = new[]
                {
                    new Dictionary<string, object?>
                    {
                        ["command"] = CommandName,
                        ["url"] = At("slack/commands"),
                        ["description"] = "Next offer, collateral, value plays, stages and gaps of the buyer journey",
                        ["usage_hint"] = "next-offer ci inquiry manager | collateral consideration | play gitops | gaps | help",
                        ["should_escape"] = false,
                    },
                },
            },
            ["oauth_config"] = new Dictionary<string, object?>
            {
                ["scopes"] = new Dictionary<string, object?> { ["bot"] = new[] { "commands", "chat:write", "app_mentions:read", "im:history", "im:read", "im:write", "users:read", "users:read.email", "usergroups:read", "files:write" } },
            },
            ["settings"] = new Dictionary<string, object?>
            {
                ["event_subscriptions"] = new Dictionary<string, object?>
                {
                    ["request_url"] = At("slack/events"),
                    ["bot_events"] = new[] { "app_mention", "message.im", "app_home_opened" },
                },
                ["interactivity"] = new Dictionary<string, object?> { ["is_enabled"] = true, ["request_url"] = At("slack/interactions") },
                ["org_deploy_enabled"] = false,
                ["socket_mode_enabled"] = publicUrl is null,
                ["token_rotation_enabled"] = false,
            },
        };
        return new SerializerBuilder().Build().Serialize(Prune(manifest));
    }

    // Socket Mode has no request URLs: Slack wants those keys absent, not empty.
    private static object? Prune(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => Prune(kv.Value)),
        Dictionary<string, object?>[] list => list.Select(Prune).ToArray(),
        _ => value,
    };
}
