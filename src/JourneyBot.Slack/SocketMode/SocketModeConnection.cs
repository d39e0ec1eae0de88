using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.SocketMode;

/// <summary>One envelope from Slack: a slash command, event or interaction waiting for its ack.</summary>
internal sealed record SocketEnvelope(
    string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int RetryAttempt, string? RetryReason);

internal enum ConnectionEndKind
{
    /// <summary>Slack asked us to move to a new connection (<c>warning</c>, <c>refresh_requested</c>).</summary>
    Refresh,
    /// <summary>The app's Socket Mode link was turned off: reconnecting cannot help.</summary>
    LinkDisabled,
    /// <summary>The socket closed or failed without notice.</summary>
    Dropped,
}

internal sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason);

/// <summary>
/// One Socket Mode WebSocket: reads messages, answers nothing itself, hands envelopes to the client and
/// serialises acks (a WebSocket allows one send at a time). <see cref="Ended"/> completes when Slack asks to
/// disconnect or the socket drops; the socket keeps reading until it is disposed, so nothing sent in between is lost.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly Func<SocketModeConnection, SocketEnvelope, Task> _onEnvelope;
    private readonly ILogger _logger;
    private readonly TimeSpan _drainTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _receiveCancellation = new();
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private Task _receiveLoop = Task.CompletedTask;

    private SocketModeConnection(
        int number, ClientWebSocket socket, Func<SocketModeConnection, SocketEnvelope, Task> onEnvelope, ILogger logger, TimeSpan drainTimeout)
    {
        Number = number;
        _socket = socket;
        _onEnvelope = onEnvelope;
        _logger = logger;
        _drainTimeout = drainTimeout;
    }

    /// <summary>Counts connections in this process, so logs can tell old from new during a refresh.</summary>
    public int Number { get; }

    public bool HelloReceived { get; private set; }

    public Task<ConnectionEnd> Ended => _ended.Task;

    public static async Task<SocketModeConnection> Open(
        Uri url, int number, Func<SocketModeConnection, SocketEnvelope, Task> onEnvelope,
        ILogger logger, SocketModeOptions options, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            await socket.ConnectAsync(url, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(number, socket, onEnvelope, logger, options.DrainTimeout);
        connection._receiveLoop = connection.ReceiveLoop(connection._receiveCancellation.Token);
        return connection;
    }

    /// <summary>Acks an envelope, with a response payload where Slack accepts one.</summary>
    public async Task Ack(string envelopeId, object? payload, CancellationToken cancellationToken)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
            ack["payload"] = JsonSerializer.SerializeToNode(payload, payload.GetType(), SlackJson.Options);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJson.Options);

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                LogAckLost(_logger, envelopeId, Number, _socket.State.ToString());
                return;
            }
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoop(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxMessageBytes)
                    {
                        End(ConnectionEndKind.Dropped, $"a message exceeded {MaxMessageBytes} bytes");
                        return;
                    }
                } while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    End(ConnectionEndKind.Dropped, $"Slack closed the socket ({_socket.CloseStatus} {_socket.CloseStatusDescription})");
                    return;
                }
                OnMessage(buffer.WrittenSpan);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            End(ConnectionEndKind.Dropped, "closed by us");
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            End(ConnectionEndKind.Dropped, $"socket failed: {ex.Message}");
        }
    }

    private void OnMessage(ReadOnlySpan<byte> message)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(message.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            LogUnreadableMessage(_logger, Number);
            return;
        }

        var type = root.String("type");
        if (type == "hello")
        {
            HelloReceived = true;
            LogHello(_logger, Number);
            return;
        }

        if (type == "disconnect")
        {
            var reason = root.String("reason") ?? "unknown";
            End(reason == "link_disabled" ? ConnectionEndKind.LinkDisabled : ConnectionEndKind.Refresh, reason);
            return;
        }

        if (root.String("envelope_id") is not { } envelopeId || type is null)
        {
            LogUnreadableMessage(_logger, Number);
            return;
        }

        var envelope = new SocketEnvelope(
            envelopeId,
            type,
            root.TryGetProperty("payload", out var payload) ? payload : default,
            root.Boolean("accepts_response_payload"),
            (int)(root.Int64("retry_attempt") ?? 0),
            root.String("retry_reason"));

        // Off the receive loop: handlers must not delay reading (and acking) the next envelope.
        var work = Task.Run(() => _onEnvelope(this, envelope));
        _inFlight.TryAdd(work, 0);
        _ = work.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private void End(ConnectionEndKind kind, string reason) => _ended.TrySetResult(new ConnectionEnd(kind, reason));

    /// <summary>Lets in-flight envelopes finish their acks, closes politely, then drops the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(_drainTimeout);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // Handlers that outlive the drain time lose their ack; Slack will retry those envelopes.
        }
        catch (Exception)
        {
            // Envelope failures were logged where they happened.
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
                await _receiveLoop.WaitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Closing politely failed; aborting below is enough.
        }

        await _receiveCancellation.CancelAsync();
        _socket.Abort();
        await _receiveLoop;
        _socket.Dispose();
        _receiveCancellation.Dispose();
        _sendLock.Dispose();
    }

    [LoggerMessage(LogLevel.Information, "Socket Mode connection {Connection} is ready (hello received)")]
    private static partial void LogHello(ILogger logger, int connection);

    [LoggerMessage(LogLevel.Warning, "Socket Mode connection {Connection} sent a message we cannot read; ignored")]
    private static partial void LogUnreadableMessage(ILogger logger, int connection);

    [LoggerMessage(LogLevel.Warning, "Could not ack envelope {EnvelopeId}: connection {Connection} is {State}")]
    private static partial void LogAckLost(ILogger logger, string envelopeId, int connection, string state);
}
