using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JourneyBot.TestSupport;

/// <summary>The server side of one Socket Mode connection, driven by a test.</summary>
public sealed class FakeSocket(WebSocket socket, int number)
{
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    /// <summary>Completes when the client closes the socket politely.</summary>
    public Task ClosedByClient => _closedByClient.Task;

    public Task SendHello() => Send("""{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}""");

    public Task Send(string json) => SendFrame(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text);

    /// <summary>Sends raw bytes as one message of the given type (Slack itself only ever sends JSON text).</summary>
    public async Task SendFrame(byte[] bytes, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, type, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<JsonElement> Receive(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var text = await _received.Reader.ReadAsync(cts.Token);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Closes the socket politely without a <c>disconnect</c> message first, as a load balancer might.</summary>
    public async Task CloseWithoutDisconnect()
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Kills the connection without a close handshake, like a network failure.</summary>
    public void Drop()
    {
        socket.Abort();
        _dropped.TrySetResult();
    }

    internal async Task Run(CancellationToken aborted)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, aborted);
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived) // not when the close was ours and this is the answer
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    _closedByClient.TrySetResult();
                    return;
                }
                _received.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception) when (_dropped.Task.IsCompleted || aborted.IsCancellationRequested)
        {
            // Dropped on purpose or server shutting down.
        }
        catch (WebSocketException)
        {
            // The client went away.
        }
    }
}
