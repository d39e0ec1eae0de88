namespace JourneyBot.Slack.WebApi;

/// <summary>A Web API call that Slack refused (<c>ok:false</c>) or that failed at the HTTP level.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, IReadOnlyList<string>? details = null)
        : base(FormatMessage(method, error, details))
    {
        Method = method;
        Error = error;
        Details = details ?? [];
    }

    public SlackApiException() : this("(unknown)", "unknown_error") { }

    public SlackApiException(string message) : this("(unknown)", message) { }

    public SlackApiException(string message, Exception innerException) : base(message, innerException)
    {
        Method = "(unknown)";
        Error = "unknown_error";
        Details = [];
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>, or <c>http_500</c>.</summary>
    public string Error { get; }

    /// <summary>Slack's <c>response_metadata.messages</c> (explains <c>invalid_blocks</c>, for instance).</summary>
    public IReadOnlyList<string> Details { get; }

    private static string FormatMessage(string method, string error, IReadOnlyList<string>? details) =>
        details is { Count: > 0 }
            ? $"Slack API method '{method}' failed: {error} ({string.Join("; ", details)})"
            : $"Slack API method '{method}' failed: {error}";
}
