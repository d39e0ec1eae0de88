using System.Text;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Search;

namespace JourneyBot.Web;

/// <summary>What the page is narrowed to, from its query string; empty values mean "any".</summary>
internal sealed record MapFilters(string? UseCase, string? Stage, string? Persona, string? Type, string? Owner, string? Query)
{
    public bool Any => UseCase is not null || Stage is not null || Persona is not null || Type is not null || Owner is not null || Query is not null;

    public static MapFilters From(IQueryCollection query)
    {
        static string? Value(IQueryCollection q, string key) => q[key].ToString() is { Length: > 0 and <= 200 } v ? v.Trim() : null;
        return new(Value(query, "use_case"), Value(query, "stage"), Value(query, "persona"), Value(query, "type"), Value(query, "owner"), Value(query, "q"));
    }

    public bool Fits(CollateralItem item) =>
        (UseCase is null || item.UseCases.Contains(UseCase)) && (Stage is null || item.Stages.Contains(Stage)) && item.Fits(Persona)
        && (Type is null || string.Equals(item.Type, Type, StringComparison.OrdinalIgnoreCase))
        && (Owner is null || string.Equals(item.Owner, Owner, StringComparison.OrdinalIgnoreCase));
}

/// <summary><c>GET /map</c>: filters and search, the heat map, and the items the filters (or a clicked cell) select.</summary>
internal static class MapPage
{
    public const int MaxListed = 200;

    public static async Task<IResult> RenderAsync(
        HttpContext context, CatalogSnapshotProvider provider, FreshnessClock clock, CatalogSearch search, CancellationToken cancellationToken)
    {
        var catalog = await provider.GetAsync(cancellationToken);
        var freshness = clock.Now();
        var filters = MapFilters.From(context.Request.Query);
        var grid = CoverageGrid.Compute(catalog, filters.UseCase is null ? null : [filters.UseCase], freshness);

        var body = new StringBuilder("<h1>Journey map</h1>");
        body.Append(FiltersForm(catalog, filters));
        body.Append(HeatMapHtml.Render(grid));
        body.Append("<section id=\"items\">");
        if (filters.Any) body.Append(ItemsHtml.Render(await ItemsAsync(catalog, filters, search, cancellationToken), freshness, MaxListed));
        else body.Append("<p class=\"hint\">Click a cell, search or filter to list its items.</p>");
        body.Append("</section>");
        return PageShell.Page("Journey map", body.ToString());
    }

    /// <summary>The items selected: by the same full-text search as Slack's <c>search</c> when words are given (best first), then filtered.</summary>
    private static async Task<List<CollateralItem>> ItemsAsync(CatalogSnapshot catalog, MapFilters filters, CatalogSearch search, CancellationToken cancellationToken)
    {
        if (filters.Query is null) return CatalogSnapshot.FreshestFirst(catalog.Items.Where(filters.Fits)).ToList();
        var words = SearchWords.Read(filters.Query);
        var found = await FoundAsync(catalog, search, words, anyWord: false, filters, cancellationToken);
        // As the Slack search does: when no item has every word, items with any of them.
        if (found.Count == 0 && words.Count > 1) found = await FoundAsync(catalog, search, words, anyWord: true, filters, cancellationToken);
        return found;
    }

    private static async Task<List<CollateralItem>> FoundAsync(
        CatalogSnapshot catalog, CatalogSearch search, SearchWords words, bool anyWord, MapFilters filters, CancellationToken cancellationToken)
    {
        var ids = await search.FindAsync(words, anyWord, SearchAnswer.SearchLimit, cancellationToken);
        return ids.Select(catalog.FindById).OfType<CollateralItem>().Where(filters.Fits).ToList();
    }

    /// <summary>A link to this page with the given query values.</summary>
    public static string Link(Dictionary<string, string?> values) =>
        MapEndpoints.Path + QueryString.Create(values.Where(kv => !string.IsNullOrEmpty(kv.Value)));

    private static string FiltersForm(CatalogSnapshot catalog, MapFilters filters)
    {
        var h = PageShell.Html;
        var owners = catalog.Items.Select(i => i.Owner).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        var html = new StringBuilder($"<form class=\"filters\" method=\"get\" action=\"{MapEndpoints.Path}\" role=\"search\">");
        html.Append($"<label>Search <input type=\"search\" name=\"q\" value=\"{h.Encode(filters.Query ?? "")}\" placeholder=\"words in a title, type, owner...\"></label>");
        html.Append(Select("Use case", "use_case", catalog.UseCases.Select(u => (u.Key, u.Name)), filters.UseCase));
        html.Append(Select("Stage", "stage", catalog.BuyerStages.Select(s => (s.Key, s.Name)), filters.Stage));
        html.Append(Select("Persona", "persona", catalog.Personas.Select(p => (p.Key, p.Name)), filters.Persona));
        html.Append(Select("Type", "type", catalog.CollateralTypes.Select(t => (t, t)), filters.Type));
        html.Append(Select("Owner", "owner", owners.Select(o => (o, o)), filters.Owner));
        html.Append("<button type=\"submit\">Show</button>");
        if (filters.Any) html.Append($" <a href=\"{MapEndpoints.Path}\">Clear</a>");
        return html.Append("</form>").ToString();
    }

    private static string Select(string label, string name, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        var h = PageShell.Html;
        var html = new StringBuilder($"<label>{h.Encode(label)} <select name=\"{name}\"><option value=\"\">any</option>");
        foreach (var (value, text) in options)
        {
            var chosen = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append($"<option value=\"{h.Encode(value)}\"{chosen}>{h.Encode(text)}</option>");
        }
        return html.Append("</select></label>").ToString();
    }
}
