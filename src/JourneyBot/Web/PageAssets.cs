namespace JourneyBot.Web;

/// <summary>The page's stylesheet and script, served from /map/assets so the CSP needs no inline code.</summary>
internal static class PageAssets
{
    // Cell colours: ColorBrewer YlGnBu (sequential, colour-blind safe), light grey for empty; numbers are printed too.
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d1c1d; }
        nav { display: flex; gap: 1.2em; align-items: center; padding: .6em 1em; background: #3f0e40; color: #fff; }
        nav a { color: #fff; }
        main { padding: 1em; }
        h1 { margin-top: 0; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6em; align-items: end; margin-bottom: 1em; }
        form.filters label { display: flex; flex-direction: column; font-size: .85em; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1em; padding: 0; font-size: .9em; }
        .swatch { display: inline-block; width: 1em; height: 1em; margin-right: .3em; vertical-align: middle; border: 1px solid #999; }
        .map-scroll { overflow-x: auto; }
        table.heatmap { border-collapse: collapse; font-size: .85em; }
        table.heatmap th, table.heatmap td { border: 1px solid #fff; padding: .3em .5em; }
        table.heatmap th.stage { background: #e8e8e8; }
        table.heatmap th.persona { font-weight: normal; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 9em; }
        table.heatmap tbody th { text-align: left; white-space: nowrap; }
        td.cell { text-align: center; min-width: 2.2em; }
        td.cell a { display: block; color: inherit; text-decoration: none; font-weight: 600; }
        td.cell a:hover, td.cell a:focus { outline: 2px solid #000; }
        .lvl-empty { background: #f0f0f0; color: #555; }
        .lvl-stale { background: #ffffcc; color: #1d1c1d; }
        .lvl-one { background: #a1dab4; color: #1d1c1d; }
        .lvl-few { background: #41b6c4; color: #1d1c1d; }
        .lvl-many { background: #225ea8; color: #fff; }
        .stale-count { font-size: .8em; font-weight: normal; margin-left: .15em; }
        table.items { border-collapse: collapse; margin-top: .5em; }
        table.items th, table.items td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #ddd; }
        .stale-mark { background: #ffffcc; border: 1px solid #b8a200; padding: 0 .3em; border-radius: 3px; }
        .hint, .empty, .reviewed { color: #555; }
        form.playground input[type=text] { width: min(40em, 80vw); padding: .4em; }
        .examples button { margin: .2em; }
        .slack-message { border-left: 4px solid #ddd; padding: .5em 1em; margin-top: 1em; max-width: 50em; }
        .sk-header { margin: .3em 0; }
        .sk-section { margin: .5em 0; display: flex; gap: 1em; align-items: start; }
        .sk-fields { display: grid; grid-template-columns: 1fr 1fr; gap: .4em 1.5em; }
        .sk-context { font-size: .85em; color: #616061; margin: .4em 0; }
        .sk-divider { border: 0; border-top: 1px solid #ddd; }
        .sk-actions { display: flex; gap: .5em; margin: .4em 0; }
        .sk-button { background: #fff; border: 1px solid #bbb; border-radius: 4px; padding: .3em .8em; }
        .sk-button.primary { background: #007a5a; color: #fff; }
        .mention { background: #e8f5fa; color: #1264a3; }
        code { background: #f4f4f4; padding: 0 .2em; }
        """;

    /// <summary>Filters apply on change; example questions fill the playground's box and ask.</summary>
    public const string Script = """
        "use strict";
        document.querySelectorAll("form.filters select").forEach(function (select) {
          select.addEventListener("change", function () { select.form.submit(); });
        });
        document.querySelectorAll("button.example").forEach(function (button) {
          button.addEventListener("click", function () {
            var box = document.getElementById("q");
            box.value = button.dataset.question;
            box.form.submit();
          });
        });
        """;
}
