using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.AspNetCore;

/// <summary>
/// The three URLs a Slack app posts to. Each checks the signature first (401, nothing else happens),
/// parses into a typed payload (malformed: 400) and hands it to <see cref="SlackDispatcher"/>.
/// </summary>
public static partial class SlackEndpoints
{
    public static RouteGroupBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/commands", HandleCommand);
        group.MapPost("/events", HandleEvent);
        group.MapPost("/interactions", HandleInteraction);
        return group;
    }

    private static async Task<IResult> HandleCommand(
        HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var read = await reader.Read(request, cancellationToken);
        if (read.Request is null)
            return read.Rejection!;

        var command = SlashCommand.Parse(read.Request.Body);
        if (command.Failure == ParseFailure.TooLong)
            return Reply(SlackMessage.Ephemeral($"That is too much text for one command: {command.Error}."));
        if (!command.IsSuccess)
            return Results.Text(command.Error, statusCode: StatusCodes.Status400BadRequest);

        var reply = await dispatcher.HandleSlashCommand(command.Value, cancellationToken);
        return reply is null ? Results.Ok() : Reply(reply);
    }

    private static async Task<IResult> HandleEvent(
        HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher,
        SlackBackgroundQueue queue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var read = await reader.Read(request, cancellationToken);
        if (read.Request is null)
            return read.Rejection!;

        var envelope = EventEnvelope.Parse(read.Request.Body);
        if (!envelope.IsSuccess)
            return Results.Text(envelope.Error, statusCode: StatusCodes.Status400BadRequest);

        if (envelope.Value.Challenge is { } challenge)
            return Results.Text(challenge, "text/plain");
        if (envelope.Value.Callback is not { } callback)
            return Results.Ok();

        // Duplicates (retries) are dropped by the dispatcher.
        return AckThenHandle(queue, loggers, $"event {callback.EventId} ({callback.EventType})", ct => dispatcher.HandleEvent(callback, ct));
    }

    private static async Task<IResult> HandleInteraction(
        HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher,
        SlackBackgroundQueue queue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var read = await reader.Read(request, cancellationToken);
        if (read.Request is null)
            return read.Rejection!;

        var payload = InteractionPayload.Parse(read.Request.Body);
        if (!payload.IsSuccess)
            return Results.Text(payload.Error, statusCode: StatusCodes.Status400BadRequest);

        switch (payload.Value)
        {
            case ViewSubmission submission:
                var response = await dispatcher.HandleViewSubmission(submission, cancellationToken);
                return response is null ? Results.Ok() : Reply(response);
            case BlockActions actions:
                return AckThenHandle(queue, loggers, $"block_actions from {actions.UserId}", ct => dispatcher.HandleBlockActions(actions, ct));
            default:
                return Results.Ok();
        }
    }

    // Ack now, handle later: Slack gives us 3 seconds. A full queue refuses the delivery so Slack retries it later.
    private static IResult AckThenHandle(SlackBackgroundQueue queue, ILoggerFactory loggers, string delivery, Func<CancellationToken, Task> work)
    {
        if (queue.TryEnqueue(delivery, work))
            return Results.Ok();
        LogQueueFull(loggers.CreateLogger(typeof(SlackEndpoints)), delivery);
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    // Serialised in one synchronous pass into a byte array (a reply is a few KB): measurably cheaper than
    // Results.Json's resumable streaming serialiser; same bytes, same content type.
    private static IResult Reply<T>(T body) =>
        Results.Bytes(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, SlackJson.Options), JsonContentType);

    private const string JsonContentType = "application/json; charset=utf-8";

    [LoggerMessage(LogLevel.Warning, "Slack work queue is full; refusing {Delivery} so Slack retries it")]
    private static partial void LogQueueFull(ILogger logger, string delivery);
}
