using HangfireLog = Hangfire.Logging;

namespace JourneyBot.Digests;

/// <summary>
/// Hangfire's log provider is process-wide static state, but a logger factory belongs to one host. When a host
/// stops (in tests several hosts share a process), Hangfire may still reach the factory it was given: a log line
/// is then dropped instead of the disposed factory throwing inside Hangfire's own start-up or shutdown.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : HangfireLog.ILogProvider
{
    public HangfireLog.ILog GetLogger(string name)
    {
        try
        {
            return new ForwardingLog(loggers.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new ForwardingLog(null);
        }
    }

    private sealed class ForwardingLog(ILogger? logger) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null) return false;
            var level = logLevel switch
            {
                HangfireLog.LogLevel.Trace => LogLevel.Trace,
                HangfireLog.LogLevel.Debug => LogLevel.Debug,
                HangfireLog.LogLevel.Info => LogLevel.Information,
                HangfireLog.LogLevel.Warn => LogLevel.Warning,
                HangfireLog.LogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                if (messageFunc is null) return logger.IsEnabled(level); // Hangfire asks "is this level on?"
                if (!logger.IsEnabled(level)) return false;
#pragma warning disable CA2254 // Hangfire hands over finished text, not a template
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
