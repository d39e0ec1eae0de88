using System.CommandLine;
using System.Globalization;
using JourneyBot.Core.Catalog;

namespace JourneyBot.Cli;

/// <summary>
/// <c>catalog retire &lt;url&gt;</c> and <c>catalog restore &lt;url&gt;</c>: the URL is matched as a pasted link is
/// (tracking parameters, http or www. do not matter); the change is audited with the actor <c>cli</c>.
/// </summary>
public static class CatalogLifecycleVerbs
{
    private const string Actor = "cli";

    public static Command Retire(BotHost host, TextWriter output, TextWriter error) => Verb(
        "retire", "stops offering an item: it stays in the database and the export, and restore or an import brings it back",
        host, output, error, async (item, lifecycle, cancellationToken) =>
        {
            if (item.RetiredOn is { } already) return Line(item, $"was already retired on {Day(already)}; nothing changed.");
            var retired = await lifecycle.RetireAsync(item.Id, Actor, cancellationToken);
            return retired is null ? null : Line(retired, $"retired on {Day(retired.RetiredOn!.Value)}: it is no longer offered.");
        });

    public static Command Restore(BotHost host, TextWriter output, TextWriter error) => Verb(
        "restore", "offers a retired item again", host, output, error, async (item, lifecycle, cancellationToken) =>
        {
            if (item.RetiredOn is null) return Line(item, "is not retired; nothing changed.");
            var restored = await lifecycle.RestoreAsync(item.Id, Actor, cancellationToken);
            return restored is null ? null : Line(restored, "is offered again.");
        });

    private static Command Verb(
        string name, string description, BotHost host, TextWriter output, TextWriter error,
        Func<CollateralItem, CollateralLifecycle, CancellationToken, Task<string?>> change)
    {
        var url = new Argument<string>("url") { Description = "the item's link" };
        Verbs.RefuseUnknownOptions(url);
        var command = new Command(name, description) { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(url)!;
            var services = await host.CatalogServicesAsync(cancellationToken);
            var catalog = await services.GetRequiredService<CatalogSnapshotProvider>().RefreshAsync(cancellationToken);
            var item = catalog.FindByUrl(given) ?? catalog.FindRetiredByUrl(given);
            await using var scope = services.CreateAsyncScope();
            // An item deleted between the lookup and the change (an import --replace elsewhere) is as unknown as one never added.
            var said = item is null ? null : await change(item, scope.ServiceProvider.GetRequiredService<CollateralLifecycle>(), cancellationToken);
            if (said is null)
            {
                await error.WriteLineAsync($"{given}: no item in the catalog has this URL. Nothing changed.");
                return 1;
            }
            await output.WriteLineAsync(said);
            return 0;
        });
        return command;
    }

    private static string Line(CollateralItem item, string what) => $"{item.Title} ({item.Url}) {what}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
