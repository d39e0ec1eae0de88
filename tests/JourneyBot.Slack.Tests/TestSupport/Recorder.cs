using System.Collections.Concurrent;
using System.Threading.Channels;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;

namespace JourneyBot.Slack.Tests.TestSupport;

/// <summary>What the test handlers saw, in order, plus a way to wait for the next call.</summary>
public sealed class Recorder
{
    private readonly ConcurrentQueue<object> _calls = new();
    private readonly Channel<object> _arrivals = Channel.CreateUnbounded<object>();

    public Func<SlashCommand, SlackMessage?> SlashReply { get; set; } = c => SlackMessage.Ephemeral($"echo: {c.Text}");

    public Func<ViewSubmission, ViewSubmissionResponse?> SubmissionReply { get; set; } = _ => null;

    public void Record(object call)
    {
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
    }

    public IReadOnlyList<T> All<T>() => _calls.OfType<T>().ToList();

    public async Task<T> Next<T>(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var call = await _arrivals.Reader.ReadAsync(cts.Token);
            if (call is T typed)
                return typed;
        }
    }
}

public sealed class RecordingCommandHandler(Recorder recorder) : ISlashCommandHandler
{
    public Task<SlackMessage?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        recorder.Record(command);
        return Task.FromResult(recorder.SlashReply(command));
    }
}

public sealed class RecordingEventHandler(Recorder recorder) : IEventHandler
{
    public Task Handle(EventCallback callback, CancellationToken cancellationToken)
    {
        recorder.Record(callback);
        return Task.CompletedTask;
    }
}

public sealed class RecordingActionHandler(Recorder recorder) : IBlockActionHandler
{
    public Task Handle(BlockAction action, BlockActions payload, CancellationToken cancellationToken)
    {
        recorder.Record(action);
        return Task.CompletedTask;
    }
}

public sealed class RecordingSubmissionHandler(Recorder recorder) : IViewSubmissionHandler
{
    public Task<ViewSubmissionResponse?> Handle(ViewSubmission submission, CancellationToken cancellationToken)
    {
        recorder.Record(submission);
        return Task.FromResult(recorder.SubmissionReply(submission));
    }
}

public static class RecordingHandlers
{
    public const string Command = "/demo";
    public const string ActionId = "pick";
    public const string CallbackId = "feedback";

    public static SlackBuilder AddRecordingHandlers(this SlackBuilder slack) => slack
        .AddSlashCommandHandler<RecordingCommandHandler>(Command)
        .AddEventHandler<RecordingEventHandler>()
        .AddBlockActionHandler<RecordingActionHandler>(ActionId)
        .AddViewSubmissionHandler<RecordingSubmissionHandler>(CallbackId);
}
