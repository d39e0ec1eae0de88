using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JourneyBot.Core.Usage;

/// <summary>Flushes <see cref="UsageCounter"/> every <see cref="UsageOptions.FlushSeconds"/>, and once more at shutdown.</summary>
public sealed class UsageWriter(UsageCounter counter, IOptions<UsageOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await counter.FlushAsync(stoppingToken); // a refused flush keeps its counts for the next tick
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
            await counter.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: these counts are lost, as they would be in a crash.
        }
    }
}
