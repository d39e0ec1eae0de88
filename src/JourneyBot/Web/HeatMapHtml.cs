using System.Text;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Web;

/// <summary>
/// The coverage grid as an HTML table: use cases down, stages x personas across, each cell coloured by its
/// <see cref="CoverageLevel"/> (a colour-blind-safe sequential palette, explained by the legend), its numbers printed,
/// and a link to the items behind it.
/// </summary>
internal static class HeatMapHtml
{
    public static string Render(CoverageGrid grid)
    {
        var h = PageShell.Html;
        var html = new StringBuilder();
        html.Append(Legend());
        if (grid.UseCases.Count == 0 || grid.Stages.Count == 0 || grid.Personas.Count == 0)
            return html.Append("<p>The catalog has no use cases, stages or personas yet.</p>").ToString();

        html.Append("<div class=\"map-scroll\"><table class=\"heatmap\" id=\"heatmap\"><thead><tr><th rowspan=\"2\" scope=\"col\">Use case</th>");
        foreach (var stage in grid.Stages)
            html.Append("<th scope=\"colgroup\" colspan=\"").Append(grid.Personas.Count).Append("\" class=\"stage\">").Append(h.Encode(stage.Name)).Append("</th>");
        html.Append("</tr><tr>");
        foreach (var _ in grid.Stages)
        foreach (var persona in grid.Personas)
            html.Append("<th scope=\"col\" class=\"persona\">").Append(h.Encode(persona.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");

        var columns = grid.Stages.Count * grid.Personas.Count;
        for (var row = 0; row < grid.UseCases.Count; row++)
        {
            var useCase = grid.UseCases[row];
            html.Append("<tr><th scope=\"row\">").Append(h.Encode(useCase.Name)).Append("</th>");
            for (var column = 0; column < columns; column++) html.Append(Cell(grid, grid.At(row, column)));
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    private static string Cell(CoverageGrid grid, CoverageCell cell)
    {
        var h = PageShell.Html;
        var useCase = grid.UseCases.First(u => u.Key == cell.UseCase).Name;
        var stage = grid.Stages.First(s => s.Key == cell.Stage).Name;
        var persona = grid.Personas.First(p => p.Key == cell.Persona).Name;
        var label = $"{useCase}, {stage}, {persona}: {cell.Fresh} fresh, {cell.Stale} stale";
        var href = MapPage.Link(new() { ["use_case"] = cell.UseCase, ["stage"] = cell.Stage, ["persona"] = cell.Persona }) + "#items";
        var stale = cell.Stale > 0 ? $"<span class=\"stale-count\">+{cell.Stale}</span>" : "";
        return $"<td class=\"cell {LevelClass(cell.Level)}\" data-use-case=\"{h.Encode(cell.UseCase)}\" data-stage=\"{h.Encode(cell.Stage)}\" " +
               $"data-persona=\"{h.Encode(cell.Persona)}\" data-fresh=\"{cell.Fresh}\" data-stale=\"{cell.Stale}\">" +
               $"<a href=\"{h.Encode(href)}\" title=\"{h.Encode(label)}\" aria-label=\"{h.Encode(label)}\">{cell.Fresh}{stale}</a></td>";
    }

    public static string LevelClass(CoverageLevel level) => level switch
    {
        CoverageLevel.Empty => "lvl-empty",
        CoverageLevel.OnlyStale => "lvl-stale",
        CoverageLevel.One => "lvl-one",
        CoverageLevel.Few => "lvl-few",
        _ => "lvl-many",
    };

    private static string Legend() =>
        "<ul class=\"legend\" aria-label=\"legend\">" +
        "<li><span class=\"swatch lvl-empty\"></span>empty</li>" +
        "<li><span class=\"swatch lvl-stale\"></span>only stale items</li>" +
        "<li><span class=\"swatch lvl-one\"></span>1 fresh</li>" +
        "<li><span class=\"swatch lvl-few\"></span>2-3 fresh</li>" +
        "<li><span class=\"swatch lvl-many\"></span>4+ fresh</li>" +
        "<li>Numbers: fresh items, <span class=\"stale-count\">+stale</span> items past the freshness window</li></ul>";
}
