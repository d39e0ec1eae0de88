using System.Collections.Concurrent;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.Tests.Handlers;

public sealed class DispatcherLogScopeTests
{
    [Fact]
    public async Task Lines_logged_while_a_command_is_handled_carry_team_channel_user_and_command()
    {
        var capture = new ScopeCapture();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(capture));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSlack().AddSlashCommandHandler<LoggingHandler>("/demo");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SlackDispatcher>().HandleSlashCommand(new SlashCommand
        {
            Command = "/demo", Text = "secret words", UserId = "U9", TeamId = "T9", ChannelId = "C9",
        }, CancellationToken.None);

        var line = Assert.Single(capture.Lines, l => l.Message == "handled");
        Assert.Equal("T9", line.Scope["SlackTeam"]);
        Assert.Equal("C9", line.Scope["SlackChannel"]);
        Assert.Equal("U9", line.Scope["SlackUser"]);
        Assert.Equal("/demo", line.Scope["SlackRequest"]);
        Assert.DoesNotContain(line.Scope.Values, v => v?.ToString()?.Contains("secret", StringComparison.Ordinal) == true);
    }

    private sealed class LoggingHandler(ILogger<LoggingHandler> logger) : ISlashCommandHandler
    {
        public Task<SlackMessage?> Handle(SlashCommand command, CancellationToken cancellationToken)
        {
            logger.LogInformation("handled");
            return Task.FromResult<SlackMessage?>(null);
        }
    }

    private sealed record Line(string Message, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Records each line with the scope values active when it was written.</summary>
    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        public ConcurrentQueue<Line> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public void Dispose() { }

        private sealed class Logger(ScopeCapture owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = new Dictionary<string, object?>();
                owner._scopes.ForEachScope((scope, acc) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (k, v) in pairs) acc[k] = v;
                }, values);
                owner.Lines.Enqueue(new Line(formatter(state, exception), values));
            }
        }
    }
}
