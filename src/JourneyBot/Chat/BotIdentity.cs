using JourneyBot.Slack.WebApi;

namespace JourneyBot.Chat;

/// <summary>Who the bot is in the workspace (from <c>auth.test</c> at start), so it can ignore its own messages.</summary>
public sealed class BotIdentity
{
    public string? UserId { get; set; }
    public string? BotId { get; set; }
}

/// <summary>Learns the bot's identity once at start; a failure is logged, not fatal (bot messages are ignored anyway).</summary>
public sealed class BotIdentityLoader(IServiceProvider services, BotIdentity identity, ILogger<BotIdentityLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // nothing of this runs on the start path: readiness never waits for Slack
        try
        {
            var me = await services.GetRequiredService<SlackApiClient>().AuthTest(stoppingToken);
            (identity.UserId, identity.BotId) = (me.UserId, me.BotId);
            logger.LogInformation("Connected to Slack team {Team} as bot user {User}", me.TeamId, me.UserId);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning("auth.test failed ({Reason}); the bot will still ignore messages marked as from bots", e.Message);
        }
    }
}
