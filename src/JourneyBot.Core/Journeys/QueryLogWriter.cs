using Microsoft.Extensions.Hosting;

namespace JourneyBot.Core.Journeys;

/// <summary>Writes <see cref="QueryLog"/> entries in the background; retries after a pause while the database is away.</summary>
public sealed class QueryLogWriter(QueryLog queryLog, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queryLog.WaitForEntriesAsync(stoppingToken))
            {
                if (!await queryLog.FlushAsync(stoppingToken))
                    await Task.Delay(RetryPause, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await queryLog.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first; what is left of the demand record is lost, never an answer.
        }
    }
}
