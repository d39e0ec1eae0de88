using System.Net.Http;
using System.Net.Sockets;

namespace JourneyBot.Slack.SocketMode;

/// <summary>
/// When bytes last arrived on one Socket Mode connection. Measured below the WebSocket layer, on the TCP stream,
/// because <see cref="System.Net.WebSockets.ClientWebSocket"/> answers Slack's pings itself and never shows them to
/// <c>ReceiveAsync</c>: a quiet but healthy connection still has pings arriving; a dead one has nothing.
/// </summary>
internal sealed class SocketActivity(TimeProvider time)
{
    private long _last = time.GetTimestamp();

    public void Touch() => Interlocked.Exchange(ref _last, time.GetTimestamp());

    /// <summary>Completes once nothing has arrived for <paramref name="limit"/>, with how long it has been quiet.</summary>
    public async Task<TimeSpan> WaitForSilence(TimeSpan limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var quiet = time.GetElapsedTime(Interlocked.Read(ref _last));
            if (quiet >= limit)
                return quiet;
            await Task.Delay(limit - quiet, time, cancellationToken);
        }
    }

    /// <summary>An invoker for <c>ClientWebSocket.ConnectAsync</c> whose TCP stream reports every read here.</summary>
    public HttpMessageInvoker CreateInvoker() => new(new SocketsHttpHandler { ConnectCallback = Connect }, disposeHandler: true);

    private async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new ActivityStream(new NetworkStream(socket, ownsSocket: true), this);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Passes everything through; a read that returns bytes counts as a sign of life.</summary>
    private sealed class ActivityStream(Stream inner, SocketActivity activity) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanWrite => inner.CanWrite;
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            if (read > 0)
                activity.Touch();
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            if (read > 0)
                activity.Touch();
            return read;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
