using Hangfire;
using JourneyBot.Core.Reviews;
using JourneyBot.Owners;
using JourneyBot.Slack;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot.Reviews;

/// <summary>The weekly owner review: its state, planner and buttons, and (when serving) its recurring job.</summary>
public static class ReviewHosting
{
    public static IServiceCollection AddOwnerReviews(this IServiceCollection services)
    {
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ReviewPauseSection>();
        return services;
    }

    public static SlackBuilder AddReviewButtons(this SlackBuilder slack)
    {
        slack.Services.AddSingleton<ReviewPlanner>(); // needs the owner directory, which needs Slack
        slack.Services.AddScoped<OwnerReviewJob>();
        slack.Services.AddHostedService<ReviewJobRegistrar>();
        return slack
            .AddBlockActionHandler<ReviewButtonHandler>(ReviewMessages.ConfirmActionId)
            .AddBlockActionHandler<ReviewButtonHandler>(ReviewMessages.UpdateActionId)
            .AddBlockActionHandler<ReviewButtonHandler>(ReviewMessages.RetireActionId)
            .AddBlockActionHandler<ReviewPauseHandler>(ReviewPauseSection.PauseActionId)
            .AddBlockActionHandler<ReviewPauseHandler>(ReviewPauseSection.ResumeActionId);
    }
}

/// <summary>Registers the review's recurring job at start (in-memory job storage forgets it on restart).</summary>
public sealed class ReviewJobRegistrar(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<OwnerReviewJob>(OwnerReviewJob.JobId, job => job.Run(CancellationToken.None), OwnerReviewJob.Cron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
