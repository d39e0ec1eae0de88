using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads messages, hands envelopes to the client and serialises acks (one send at a time).
/// <see cref="Ended"/> always completes: when Slack asks to disconnect, the socket drops, a frame cannot be read, or
/// nothing at all arrives for <see cref="SocketModeOptions.SilenceTimeout"/>. The socket keeps reading until it is
/// disposed, so nothing sent in between is lost.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;
    private readonly SocketModeStatus _status;
    private readonly Func<SocketModeConnection, SocketEnvelope, Task> _onEnvelope;
    private readonly ILogger _logger;
    private readonly TimeSpan _drainTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _receiveCancellation = new();
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private Task _receiveLoop = Task.CompletedTask;
    private Task _watchdog = Task.CompletedTask;

    private SocketModeConnection(
        int number, ClientWebSocket socket, HttpMessageInvoker invoker, SocketModeStatus status,
        Func<SocketModeConnection, SocketEnvelope, Task> onEnvelope, ILogger logger, TimeSpan drainTimeout)
    {
        Number = number;
        _socket = socket;
        _invoker = invoker;
        _status = status;
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
        ILogger logger, SocketModeOptions options, SocketModeStatus status, TimeProvider time, CancellationToken cancellationToken)
    {
        var activity = new SocketActivity(time);
        var invoker = activity.CreateInvoker();
        var socket = new ClientWebSocket();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            await socket.ConnectAsync(url, invoker, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            invoker.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(number, socket, invoker, status, onEnvelope, logger, options.DrainTimeout);
        connection._receiveLoop = connection.ReceiveLoop(connection._receiveCancellation.Token);
        connection._watchdog = connection.Watch(activity, options.SilenceTimeout, connection._receiveCancellation.Token);
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
                    End(ConnectionEndKind.Dropped, $"Slack closed the socket without a disconnect message ({_socket.CloseStatus} {_socket.CloseStatusDescription})");
                    return;
                }
                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    // Slack only sends JSON text; a binary frame means something between us is broken.
                    End(ConnectionEndKind.Dropped, $"a binary frame of {buffer.WrittenCount} bytes arrived, and Socket Mode sends only text");
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
        catch (Exception ex)
        {
            // Anything else would end this loop silently and leave the client waiting on a dead connection forever.
            LogReceiveFailed(_logger, ex, Number);
            End(ConnectionEndKind.Dropped, $"reading failed: {ex.GetType().Name}");
        }
    }

    /// <summary>Ends the connection once nothing (not even a ping) has arrived for <paramref name="limit"/>.</summary>
    private async Task Watch(SocketActivity activity, TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            var quiet = await activity.WaitForSilence(limit, cancellationToken);
            End(ConnectionEndKind.Dropped, $"no frame from Slack for {quiet.TotalSeconds:F1} s (not even a ping)");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed first.
        }
    }

    private void OnMessage(ReadOnlySpan<byte> message)
    {
        switch (SocketMessage.Parse(message))
        {
            case SocketMessage.Hello:
                HelloReceived = true;
                _status.Connected(Number);
                LogHello(_logger, Number);
                break;

            case SocketMessage.Disconnect { Reason: var reason }:
                End(reason == "link_disabled" ? ConnectionEndKind.LinkDisabled : ConnectionEndKind.Refresh, reason);
                break;

            case SocketMessage.Envelope { Value: var envelope }:
                // Off the receive loop: handlers must not delay reading (and acking) the next envelope.
                var work = Task.Run(() => _onEnvelope(this, envelope));
                _inFlight.TryAdd(work, 0);
                _ = work.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
                break;

            default:
                LogUnreadableMessage(_logger, Number);
                break;
        }
    }

    private void End(ConnectionEndKind kind, string reason)
    {
        // A refresh keeps this connection live until the next one says hello (or this one is disposed).
        if (kind != ConnectionEndKind.Refresh)
            _status.Disconnected(Number);
        _ended.TrySetResult(new ConnectionEnd(kind, reason));
    }

    /// <summary>Lets in-flight envelopes finish their acks, closes politely, then drops the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(_drainTimeout);
        }
        catch (Exception)
        {
            // Handlers that outlive the drain time lose their ack (Slack retries those envelopes); failures were logged where they happened.
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

        _status.Disconnected(Number);
        await _receiveCancellation.CancelAsync();
        _socket.Abort();
        await _receiveLoop;
        await _watchdog;
        _socket.Dispose();
        _invoker.Dispose();
        _receiveCancellation.Dispose();
        _sendLock.Dispose();
    }

    [LoggerMessage(LogLevel.Information, "Socket Mode connection {Connection} is ready (hello received)")]
    private static partial void LogHello(ILogger logger, int connection);

    [LoggerMessage(LogLevel.Warning, "Socket Mode connection {Connection} sent a message we cannot read; ignored")]
    private static partial void LogUnreadableMessage(ILogger logger, int connection);

    [LoggerMessage(LogLevel.Error, "Socket Mode connection {Connection} failed while reading; it will be replaced")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, int connection);

    [LoggerMessage(LogLevel.Warning, "Could not ack envelope {EnvelopeId}: connection {Connection} is {State}")]
    private static partial void LogAckLost(ILogger logger, string envelopeId, int connection, string state);
}
