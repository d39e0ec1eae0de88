namespace JourneyBot.Tagging.Tests;

/// <summary>The default catalog's vocabulary, as the host would pass it.</summary>
internal static class DefaultVocabulary
{
    public static readonly TagVocabulary Instance = new(
        stages:
        [
            new("awareness", "Awareness", "Educate prospects about the problems they face, their business impact, and that others solve them.",
                ["inquiry", "raw", "top-funnel", "aware"]),
            new("consideration", "Consideration", "Position the solution as a viable and compelling answer to their specific problem.",
                ["mql", "mid-funnel"]),
            new("decision", "Decision/Purchase", "Give the buyer what they need to justify the solution as their chosen one.",
                ["sao", "sql", "opportunity", "bottom-funnel", "purchase"]),
        ],
        personas:
        [
            new("executive", "Executive", "Needs business value, risk, cost and impact to support strategic objectives.",
                ["exec", "cxo", "cio", "cto", "vp", "leadership"], ShippedTitles("executive")),
            new("manager", "Manager", "Needs detailed information to drive planning, justification and migration.",
                ["director", "team-lead"], ShippedTitles("manager")),
            new("contributor", "Individual contributor", "Needs technical detail: how it works, how it is better, how it helps them.",
                ["individual-contributor", "ic", "practitioner", "developer", "engineer"], ShippedTitles("contributor")),
        ],
        useCases:
        [
            new("vcc", "Version Control & Collaboration", "Managing and reviewing source code together.",
                ["version-control", "source-control", "scm", "code-review"]),
            new("ci", "Continuous Integration", "Building and testing every change automatically.",
                ["continuous-integration", "build-automation", "pipelines"]),
            new("cd", "Continuous Delivery", "Releasing changes to environments safely and often.",
                ["continuous-delivery", "continuous-deployment", "release-automation", "deployment"]),
            new("devsecops", "DevSecOps (shift-left security)", "Finding and fixing security issues as code is written.",
                ["security", "shift-left", "appsec", "sast", "dast"]),
            new("gitops", "GitOps (infrastructure as code)", "Managing infrastructure through code and Git workflows.",
                ["infrastructure-as-code", "iac"]),
            new("agile", "Agile Planning", "Planning and tracking work across teams and portfolios.",
                ["agile-planning", "portfolio-management"]),
            new("simplify-devops", "Simplify DevOps", "Replacing a fragmented toolchain with one application.",
                ["toolchain-consolidation", "single-application"]),
            new("cloud-native", "Cloud Native", "Building and running containerised, Kubernetes-based applications.",
                ["kubernetes", "k8s", "containers", "microservices"]),
        ]);

    /// <summary>The job titles the default catalog ships for a persona (its <c>personas:</c> section).</summary>
    private static IReadOnlyList<string> ShippedTitles(string persona)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "default-catalog.yaml"))));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var personas = (YamlDotNet.RepresentationModel.YamlSequenceNode)root["personas"];
        var entry = personas.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Single(p => p["key"].ToString() == persona);
        return ((YamlDotNet.RepresentationModel.YamlSequenceNode)entry["titles"]).Select(t => t.ToString()).ToList();
    }

    /// <summary>A new vocabulary: the default one with the given terms in place of its own.</summary>
    public static TagVocabulary With(IReadOnlyList<TagTerm>? stages = null, IReadOnlyList<TagTerm>? personas = null, IReadOnlyList<TagTerm>? useCases = null) =>
        new(stages ?? Instance.Stages, personas ?? Instance.Personas, useCases ?? Instance.UseCases);
}
