using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace JourneyBot.Slack.WebApi;

public sealed partial class SlackApiClient
{
    /// <summary>
    /// Uploads a file in Slack's two steps: <c>files.getUploadURLExternal</c> (filename, length) gives an upload URL
    /// and a file id, the bytes are posted there, and <c>files.completeUploadExternal</c> finishes it with its title,
    /// shared to <paramref name="channelId"/> when given (otherwise private to the app, for an image block to show).
    /// Needs the <c>files:write</c> scope.
    /// </summary>
    /// <returns>The file's id (<c>F…</c>).</returns>
    public async Task<string> UploadFile(byte[] content, string filename, string title, string? channelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(filename);
        if (content.Length == 0)
            throw new ArgumentException("Slack refuses empty uploads.", nameof(content));

        const string getUrl = "files.getUploadURLExternal";
        var ticket = await Call(getUrl, new JsonObject
        {
            ["filename"] = filename,
            ["length"] = content.Length.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
        var fileId = ticket.Required(getUrl, "file_id");
        if (!HttpUrl.TryParse(ticket.Required(getUrl, "upload_url"), out var uploadUrl))
            throw Fail(getUrl, "invalid_upload_url");

        // The upload URL is signed for this one file: no token goes there (it may be another host than the API).
        const string upload = "file_upload";
        using (var response = await SendWithRetries(upload, waitOutRateLimits: true, () => new HttpRequestMessage(HttpMethod.Post, uploadUrl)
        {
            Content = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
        }, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
                throw Fail(upload, $"http_{(int)response.StatusCode}");
        }

        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title });
        var complete = new JsonObject { ["files"] = files.ToJsonString() };
        if (!string.IsNullOrEmpty(channelId))
            complete["channel_id"] = channelId;
        await Call("files.completeUploadExternal", complete, cancellationToken);
        return fileId;
    }
}
