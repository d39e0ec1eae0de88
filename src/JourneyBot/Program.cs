using JourneyBot;
using JourneyBot.Cli;
using JourneyBot.Core.Catalog;

var line = CommandLine.Parse(args);

var builder = WebApplication.CreateBuilder(line.Configuration);
builder.AddJourneyBot(serving: line.IsServe);
var app = builder.Build();

if (!line.IsServe)
    return await Verbs.RunAsync(line, app.Services, Console.Out, Console.Error, CancellationToken.None);

await app.Services.GetRequiredService<CatalogDatabase>().PrepareAsync(app.Lifetime.ApplicationStopping);
app.MapGet("/healthz", () => Results.Text("ok"));
await app.RunAsync();
return 0;
