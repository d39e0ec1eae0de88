using JourneyBot.Core.Catalog;
using static JourneyBot.Core.Journeys.QuestionParser;

namespace JourneyBot.Core.Journeys;

/// <summary>Reads the commands that bring content to the catalog: <c>add &lt;url&gt; &lt;title&gt; [tags]</c> and <c>tag</c>.</summary>
internal static class CatalogRequestParser
{
    public static JourneyRequest Add(string text, List<string> args, CatalogSnapshot catalog)
    {
        var urlIndex = args.FindIndex(a => WebUrl.IsAbsoluteHttp(a));
        if (urlIndex < 0)
            return Unreadable(text, JourneyHelp.NeedMore("add needs the collateral's http or https URL.", JourneyHelp.Add));
        var url = args[urlIndex];

        var tagWords = args.Where((a, i) => i != urlIndex && a.Contains(':', StringComparison.Ordinal) && !WebUrl.IsAbsoluteHttp(a)).ToList();
        var title = string.Join(' ', args.Where((a, i) => i != urlIndex && !tagWords.Contains(a))).Trim();

        GivenTags? tags = null;
        if (tagWords.Count > 0)
        {
            var stages = new List<string>();
            var personas = new List<string>();
            var useCases = new List<string>();
            var unknown = new List<UnknownWord>();
            foreach (var tag in tagWords)
            {
                var colon = tag.IndexOf(':', StringComparison.Ordinal);
                var (kind, value) = (tag[..colon].ToLowerInvariant(), tag[(colon + 1)..]);
                var (wanted, list) = kind switch
                {
                    "stage" or "stages" => (TermKind.Stage, stages),
                    "persona" or "personas" => (TermKind.Persona, personas),
                    "use-case" or "use_case" or "usecase" or "use-cases" or "use_cases" => (TermKind.UseCase, useCases),
                    _ => ((TermKind?)null, null as List<string>),
                };
                if (wanted is null || list is null)
                {
                    unknown.Add(new UnknownWord(tag, ["stage:", "persona:", "use-case:"]));
                    continue;
                }
                foreach (var v in value.Split(',', ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (wanted == TermKind.Persona && Vocabulary.Normalize(v) == CollateralRules.EveryPersona)
                    {
                        if (!list.Contains(CollateralRules.EveryPersona)) list.Add(CollateralRules.EveryPersona);
                        continue;
                    }
                    var term = catalog.Vocabulary.Lookup(Vocabulary.Normalize(v)).FirstOrDefault(t => t.Kind == wanted);
                    if (term is null) unknown.Add(new UnknownWord(v, catalog.Vocabulary.Suggest(v)));
                    else if (!list.Contains(term.Key)) list.Add(term.Key);
                }
            }
            if (unknown.Count > 0) return Unreadable(text, new NotUnderstoodAnswer(text, unknown));
            tags = new GivenTags(stages, personas, useCases);
        }
        if (title.Length == 0)
            return Unreadable(text, JourneyHelp.NeedMore("add needs a title after the URL.", JourneyHelp.Add));
        return new AddRequest(text, url, title, tags);
    }

    public static JourneyRequest Tag(string text, List<string> args)
    {
        var joined = string.Join(' ', args);
        var split = joined.IndexOf("--", StringComparison.Ordinal);
        var head = (split >= 0 ? joined[..split] : joined).Trim();
        var description = split >= 0 ? joined[(split + 2)..].Trim() : null;
        string? url = null;
        var titleWords = new List<string>();
        foreach (var w in Words(head))
        {
            if (url is null && WebUrl.TryParseAbsoluteHttp(w, out var u)) url = u;
            else titleWords.Add(w);
        }
        var title = string.Join(' ', titleWords).Trim();
        if (title.Length == 0 && url is null)
            return Unreadable(text, JourneyHelp.NeedMore("tag needs a title or a URL.", JourneyHelp.Tag));
        return new TagRequestText(text, title.Length > 0 ? title : url!, string.IsNullOrWhiteSpace(description) ? null : description, url);
    }
}
