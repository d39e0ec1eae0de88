using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Slack.AspNetCore;

/// <summary>A request whose signature checked out: its raw body.</summary>
public sealed record VerifiedSlackRequest(byte[] Body);

/// <summary>Either a verified request or the response that refuses it (401 or 413, empty body).</summary>
public sealed record SlackRequestReadResult(VerifiedSlackRequest? Request, IResult? Rejection);

/// <summary>
/// The first thing every Slack endpoint does: buffer the raw body (bounded) and check its signature.
/// Use it in your own <c>MapPost</c> handlers: <c>if (read.Rejection is { } r) return r;</c>.
/// </summary>
public sealed partial class SlackRequestReader(SignatureVerifier verifier, TimeProvider clock, ILogger<SlackRequestReader> logger)
{
    private readonly RejectionLogLimiter _rejections = new(clock);

    /// <summary>Slack's payloads are a few KB; 1 MiB leaves room and bounds what an attacker can make us buffer.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<SlackRequestReadResult> Read(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
            return TooLarge(request);

        var body = await ReadBounded(request.Body, request.ContentLength, cancellationToken);
        if (body is null)
            return TooLarge(request);

        var verification = verifier.Verify(
            Single(request.Headers[SlackRequestSigner.TimestampHeader]),
            Single(request.Headers[SlackRequestSigner.SignatureHeader]),
            body);
        if (!verification.IsValid)
        {
            Rejected(request, verification.Reason);
            return new(null, Results.StatusCode(StatusCodes.Status401Unauthorized));
        }

        return new(new VerifiedSlackRequest(body), null);
    }

    /// <summary>The whole body, or null past <see cref="MaxBodyBytes"/>. Internal for the bench's floor server, which reads as the bot does.</summary>
    internal static async Task<byte[]?> ReadBounded(Stream stream, long? contentLength, CancellationToken cancellationToken)
    {
        // The usual case (Slack always sends Content-Length): read straight into an array of exactly that size.
        if (contentLength is >= 0 and <= MaxBodyBytes)
        {
            var exact = new byte[(int)contentLength];
            var filled = 0;
            int n;
            while (filled < exact.Length && (n = await stream.ReadAsync(exact.AsMemory(filled), cancellationToken)) > 0)
                filled += n;
            // Kestrel enforces Content-Length; a short body (client gone) is handed on as what arrived.
            return filled == exact.Length ? exact : exact[..filled];
        }

        using var buffer = new MemoryStream(4096);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                    return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private SlackRequestReadResult TooLarge(HttpRequest request)
    {
        Rejected(request, $"body is larger than {MaxBodyBytes} bytes");
        return new(null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
    }

    // A repeated header is not something Slack sends; treat it as missing.
    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;

    // Anyone can send unsigned requests: one warning per source address a minute, then how many were not logged.
    private void Rejected(HttpRequest request, string reason)
    {
        var source = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!_rejections.ShouldLog(source, out var suppressed)) return;
        if (suppressed == 0) LogRejected(logger, request.Path, source, reason);
        else LogRejectedAgain(logger, request.Path, source, reason, suppressed);
    }

    [LoggerMessage(LogLevel.Warning, "Refused Slack request to {Path} from {Source}: {Reason}")]
    private static partial void LogRejected(ILogger logger, PathString path, string source, string reason);

    [LoggerMessage(LogLevel.Warning, "Refused Slack request to {Path} from {Source}: {Reason} ({Suppressed} more from this source since the last warning were not logged)")]
    private static partial void LogRejectedAgain(ILogger logger, PathString path, string source, string reason, int suppressed);
}
