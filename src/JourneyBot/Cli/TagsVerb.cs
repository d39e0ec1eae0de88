using System.CommandLine;
using System.Text.Json;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Tagging;
using JourneyBot.Messages;
using JourneyBot.Tagging;

namespace JourneyBot.Cli;

/// <summary><c>tags suggest --title T [--description D] [--url U] [--json]</c>.</summary>
public static class TagsVerb
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(BotHost host, TextWriter output)
    {
        var title = new Option<string>("--title") { Description = "the collateral's title", Required = true };
        title.Validators.Add(result => { if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--title needs some words"); });
        var description = new Option<string>("--description") { Description = "what it is about" };
        var url = new Option<string>("--url") { Description = "where it lives" };
        var json = new Option<bool>("--json") { Description = "print {stages, personas, use_cases, source}, each list best first" };
        var suggest = new Command("suggest", "stage, persona and use case tags for a piece of collateral") { title, description, url, json };
        suggest.SetAction(async (parse, cancellationToken) => await SuggestAsync(
            new TagRequest(parse.GetValue(title)!, parse.GetValue(description), parse.GetValue(url)), parse.GetValue(json),
            await host.CatalogServicesAsync(cancellationToken), output, cancellationToken));
        return new Command("tags", "tag suggestions") { suggest };
    }

    private static async Task<int> SuggestAsync(TagRequest item, bool json, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().GetAsync(cancellationToken);
        var tags = await services.GetRequiredService<ITagSuggester>().SuggestAsync(item, catalog.TagVocabulary(), cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                stages = tags.Stages, personas = tags.Personas, use_cases = tags.UseCases, source = tags.Source,
            }, Json));
        }
        else
        {
            await output.WriteAsync(TerminalText.Render(AnswerMessages.Build(new Core.Journeys.TagAnswer(item, tags))));
        }
        return 0;
    }
}
