using JourneyBot.Chat;
using JourneyBot.Core.Reviews;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Reviews;

/// <summary>App Home's "review DMs" line: whether the user's weekly owner review DMs are on, with a button to pause or resume them.</summary>
public sealed class ReviewPauseSection(ReviewStore store)
{
    public const string PauseActionId = "review_pause";
    public const string ResumeActionId = "review_resume";

    /// <summary>The view with the user's review line added before its last (footer) block.</summary>
    public async Task<View> AddToAsync(View home, string userId, CancellationToken cancellationToken)
    {
        var paused = await store.IsPausedAsync(userId, cancellationToken);
        var line = Kit.Section(paused
            ? "*Owner review DMs are paused.* You get no weekly message about your collateral due for review."
            : "*Owner review DMs are on.* Once a week you get one message listing your collateral due for review.") with
        {
            Accessory = new Button
            {
                ActionId = paused ? ResumeActionId : PauseActionId,
                Text = new PlainText(paused ? "Resume" : "Pause"),
                Value = paused ? "resume" : "pause",
            },
        };
        var blocks = home.Blocks.ToList();
        blocks.Insert(Math.Max(0, blocks.Count - 1), line);
        return home with { Blocks = blocks };
    }
}

/// <summary>The Pause/Resume button on App Home: stores the choice and republishes the user's home tab.</summary>
public sealed class ReviewPauseHandler(ReviewStore store, HomeTab home) : IBlockActionHandler
{
    public async Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        await store.SetPausedAsync(payload.UserId, action.ActionId == ReviewPauseSection.PauseActionId, cancellationToken);
        await home.PublishAsync(payload.UserId, cancellationToken);
    }
}
