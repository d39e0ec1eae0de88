using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Slack;

/// <summary>Slack app credentials and endpoints, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Signs every HTTP request Slack sends us. Needed for the HTTP endpoints, not for Socket Mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot token (<c>xoxb-...</c>) used for every Web API call.</summary>
    [Required(ErrorMessage = "Slack:BotToken is required (the app's xoxb- bot token).")]
    public string BotToken { get; set; } = "";

    /// <summary>App-level token (<c>xapp-...</c>, scope <c>connections:write</c>). When set, Socket Mode runs.</summary>
    public string? AppToken { get; set; }

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long one Web API call may take before it fails; a hung Slack must not hold a worker.</summary>
    [Range(1, 300, ErrorMessage = "Slack:ApiTimeoutSeconds must be between 1 and 300.")]
    public int ApiTimeoutSeconds { get; set; } = 10;

    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);
}
