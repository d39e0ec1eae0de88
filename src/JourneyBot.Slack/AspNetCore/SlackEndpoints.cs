using System.Buffers;
using System.Text.Json;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        // Plain request delegates over services resolved once (all singletons): slash commands are the hot path,
        // and parameter binding, IResult execution and a DI scope per request were a measurable share of each.
        var services = endpoints.ServiceProvider;
        var handlers = new Handlers(
            services.GetRequiredService<SlackRequestReader>(), services.GetRequiredService<SlackDispatcher>(),
            services.GetRequiredService<SlackBackgroundQueue>(), services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints)));
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/commands", handlers.Command);
        group.MapPost("/events", handlers.Event);
        group.MapPost("/interactions", handlers.Interaction);
        return group;
    }

    private sealed class Handlers(SlackRequestReader reader, SlackDispatcher dispatcher, SlackBackgroundQueue queue, ILogger logger)
    {
        public async Task Command(HttpContext context)
        {
            if (await VerifiedBody(context) is not { } body)
                return;

            var command = SlashCommand.Parse(body);
            if (command.Failure == ParseFailure.TooLong)
            {
                await WriteJson(context, SlackMessage.Ephemeral($"That is too much text for one command: {command.Error}."));
                return;
            }
            if (!command.IsSuccess)
            {
                await WriteBadRequest(context, command.Error);
                return;
            }

            var reply = await dispatcher.HandleSlashCommand(command.Value, context.RequestAborted);
            if (reply is not null)
                await WriteJson(context, reply);
        }

        public async Task Event(HttpContext context)
        {
            if (await VerifiedBody(context) is not { } body)
                return;

            var envelope = EventEnvelope.Parse(body);
            if (!envelope.IsSuccess)
            {
                await WriteBadRequest(context, envelope.Error);
                return;
            }

            if (envelope.Value.Challenge is { } challenge)
            {
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(challenge, context.RequestAborted);
                return;
            }
            if (envelope.Value.Callback is not { } callback)
                return;

            // Kept before the ack, so an acknowledged event survives a crash; a store that cannot keep it refuses
            // the delivery (Slack retries), and a retry of a kept one is acknowledged and dropped.
            switch (await dispatcher.AdmitEvent(callback, System.Text.Encoding.UTF8.GetString(body), context.RequestAborted))
            {
                case InboxAdmission.Unavailable:
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                case InboxAdmission.Repeat:
                    return;
            }
            if (!AckThenHandle(context, $"event {callback.EventId} ({callback.EventType})", ct => dispatcher.HandleEvent(callback, ct)))
                await dispatcher.ForgetEvent(callback, CancellationToken.None);
        }

        public async Task Interaction(HttpContext context)
        {
            if (await VerifiedBody(context) is not { } body)
                return;

            var payload = InteractionPayload.Parse(body);
            if (!payload.IsSuccess)
            {
                await WriteBadRequest(context, payload.Error);
                return;
            }

            switch (payload.Value)
            {
                case ViewSubmission submission:
                    if (await dispatcher.HandleViewSubmission(submission, context.RequestAborted) is { } response)
                        await WriteJson(context, response);
                    break;
                case BlockActions actions:
                    AckThenHandle(context, $"block_actions from {actions.UserId}", ct => dispatcher.HandleBlockActions(actions, ct));
                    break;
            }
        }

        // The first step of every endpoint: the raw body once its signature checked out, or null once the refusal
        // (401, or 413 for an oversized body) is written.
        private async Task<byte[]?> VerifiedBody(HttpContext context)
        {
            var read = await reader.Read(context.Request, context.RequestAborted);
            if (read.Request is not null)
                return read.Request.Body;
            await read.Rejection!.ExecuteAsync(context);
            return null;
        }

        // Ack now, handle later: Slack gives us 3 seconds. A full queue refuses the delivery so Slack retries it later.
        private bool AckThenHandle(HttpContext context, string delivery, Func<CancellationToken, Task> work)
        {
            if (queue.TryEnqueue(delivery, work))
                return true;
            LogQueueFull(logger, delivery);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return false;
        }

        // Serialised in one pass (a reply is a few KB) and sent with its Content-Length.
        private static async ValueTask WriteJson<T>(HttpContext context, T body)
        {
            var response = context.Response;
            response.ContentType = "application/json; charset=utf-8";
            var json = JsonSerializer.SerializeToUtf8Bytes(body, SlackJson.Options);
            response.ContentLength = json.Length;
            response.BodyWriter.Write(json);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }

        private static Task WriteBadRequest(HttpContext context, string? error)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(error ?? "malformed payload", context.RequestAborted);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Slack work queue is full; refusing {Delivery} so Slack retries it")]
    private static partial void LogQueueFull(ILogger logger, string delivery);
}
