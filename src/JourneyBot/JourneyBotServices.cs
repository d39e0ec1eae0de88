using JourneyBot.Core;
using JourneyBot.Core.Catalog.Transfer;

namespace JourneyBot;

public static class JourneyBotServices
{
    /// <summary>Everything the bot needs, for the server and the CLI verbs alike.</summary>
    public static WebApplicationBuilder AddJourneyBot(this WebApplicationBuilder builder, bool serving)
    {
        if (!serving)
        {
            // Verbs print answers and JSON on stdout: logs go to stderr, and only our own notices and warnings.
            builder.Configuration.AddInMemoryCollection([
                new("Logging:LogLevel:Default", "Warning"),
                new("Logging:LogLevel:JourneyBot", "Information"),
            ]);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        builder.Services.AddJourneyCatalog(builder.Configuration);
        builder.Services.AddSingleton<CatalogImporter>();
        return builder;
    }
}
