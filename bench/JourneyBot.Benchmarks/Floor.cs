using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace JourneyBot.Benchmarks;

/// <summary>
/// The ceiling for any answer on this machine: Kestrel configured exactly as JourneyBot serves, on the same URL,
/// reading the body and sending fixed reply bytes (JourneyBot's own reply, saved by bench/run.sh). No signature
/// check, parsing or answer: what it cannot beat, no slash command can.
/// </summary>
internal static class Floor
{
    public static async Task<int> RunAsync(string url, string replyFile)
    {
        var reply = await File.ReadAllBytesAsync(replyFile);
        // The bot's own appsettings.json (copied next to this build, which references the bot), read as the bot
        // reads it: the same logging, so no per-request hosting diagnostics here either.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [$"--urls={url}"], ContentRootPath = AppContext.BaseDirectory });
        builder.ConfigureServer();
        await using var app = builder.Build();
        app.MapPost("/slack/commands", async context =>
        {
            // Read in full and the same way as the bot, as every Slack request must be before its signature check.
            await JourneyBot.Slack.AspNetCore.SlackRequestReader.ReadBounded(context.Request.Body, context.Request.ContentLength, context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = reply.Length;
            await context.Response.Body.WriteAsync(reply);
        });
        await app.RunAsync();
        return 0;
    }
}
