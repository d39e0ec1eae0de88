using Microsoft.Extensions.Logging;

namespace JourneyBot.Tagging.Ai;

/// <summary>
/// Hands Semantic Kernel loggers that strip a secret from every message, structured value and exception text:
/// SK logs a failed call's error text, and providers often echo the presented API key in it.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, string? secret) : ILoggerFactory
{
    private const string Mask = "[redacted]";

    public ILogger CreateLogger(string categoryName) =>
        string.IsNullOrEmpty(secret) ? inner.CreateLogger(categoryName) : new RedactingLogger(inner.CreateLogger(categoryName), secret);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The inner factory belongs to the host's container.
    public void Dispose()
    {
    }

    private sealed class RedactingLogger(ILogger inner, string secret) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            inner.BeginScope(Redact(state.ToString()));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = Redact(formatter(state, exception));
            if (exception is not null)
            {
                // Exception messages cannot be rewritten, so the exception travels as redacted text instead.
                message += Environment.NewLine + Redact(exception.ToString());
            }

            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value is string or Exception ? Redact(p.Value.ToString()) : p.Value)).ToList()
                : [];
            inner.Log(logLevel, eventId, values, null, (_, _) => message);
        }

        private string Redact(string? text) => (text ?? "").Replace(secret, Mask, StringComparison.Ordinal);
    }
}
