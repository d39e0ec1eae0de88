namespace JourneyBot.Tagging.BuiltIn;

/// <summary>
/// What each audience needs (usecase-driven GTM): executives business value, risk, cost and strategy;
/// managers planning, justification, rollout and migration; contributors technical detail and how it works.
/// </summary>
internal static class PersonaCues
{
    public static readonly IReadOnlyDictionary<string, Cue[]> ByKey = new Dictionary<string, Cue[]>
    {
        ["executive"] =
        [
            new("business value", 1.2), new("business impact", 1.0), new("business", 0.5), new("roi", 1.0),
            new("return on investment", 1.0), new("total cost of ownership", 0.9), new("tco", 0.9),
            new("economic", 0.8), new("cost", 0.6), new("costing", 0.4), new("spend", 0.6), new("budget", 0.6),
            new("bill", 0.4), new("price", 0.4), new("savings", 0.5), new("revenue", 0.7), new("investment", 0.6),
            new("investing", 0.6), new("finance", 0.6), new("risk", 0.6), new("breach", 0.5), new("compliance", 0.3),
            new("the board", 0.8, Pattern: @"(?<![\p{L}\p{N}])(?:the|to|your)\s+board(?![\p{L}\p{N}])"),
            new("boardroom", 1.0), new("strategy", 0.6), new("strategic", 0.8), new("executive", 1.2),
            new("leadership", 1.0), new("leaders", 0.9), new("c suite", 1.2), new("c level", 1.2),
            new("cio", 1.2), new("cto", 1.2), new("ciso", 1.2), new("cfo", 1.2), new("ceo", 1.2), new("vp", 1.0), new("head of", 0.8),
            new("competitive", 0.6), new("time to market", 0.8), new("transformation", 0.7), new("market", 0.4),
            new("organisation", 0.3), new("organization", 0.3), new("enterprise", 0.3),
            // Content types written for executives: analyst reports, economic studies, proof from peers.
            new("analyst", 0.8), new("gartner", 1.0), new("forrester", 1.0), new("idc", 0.9), new("magic quadrant", 1.0),
            new("wave", 0.9), new("market guide", 0.9), new("critical capabilities", 0.8), new("hype cycle", 0.9),
            new("total economic impact", 1.2), new("survey", 0.6), new("report", 0.4), new("case study", 0.7),
            new("case studies", 0.7), new("customer story", 0.7), new("success story", 0.7), new("consolidate", 0.6),
            new("consolidation", 0.6), new("sprawl", 0.5), new("pricing", 0.5), new("licensing", 0.4),
            new("a measured improvement", 0.6, Pattern: @"\d+(?:\.\d+)?\s?(?:%|x\b|percent\b)"),
        ],
        ["manager"] =
        [
            new("planning", 0.7), new("plan", 0.6), new("rollout", 0.9), new("roll out", 0.9), new("adoption", 0.9),
            new("onboarding", 0.7), new("team", 0.6), new("justify", 1.0), new("justification", 1.0),
            new("business case", 0.8), new("migration plan", 1.0), new("migration", 0.7), new("migrating", 0.7),
            new("playbook", 0.8), new("checklist", 0.7), new("process", 0.6), new("metrics", 0.7), new("dora", 0.8),
            new("kpi", 0.8), new("productivity", 0.6), new("throughput", 0.5), new("cycle time", 0.7),
            new("lead time", 0.6), new("velocity", 0.6), new("predictability", 0.6), new("manager", 1.2),
            new("pmo", 1.0), new("programme", 0.6), new("program", 0.5), new("portfolio", 0.6),
            new("roadmap", 0.6), new("governance", 0.6), new("best practices", 0.5), new("evaluation", 0.4),
            new("evaluate", 0.4), new("buyer's guide", 1.0), new("training", 0.6), new("train", 0.5),
            new("recruit", 0.6), new("hiring", 0.6), new("coordinating", 0.6), new("coordinate", 0.6),
            new("orchestration", 0.4), new("approvals", 0.4), new("template", 0.4), new("maturity", 0.6),
            new("benchmark", 0.5), new("assessment", 0.5), new("collaboration", 0.4), new("workflow", 0.4),
            new("proof of concept", 0.6), new("pilot", 0.6), new("at scale", 0.5), new("platform team", 0.6),
            new("regulated", 0.6), new("audit trail", 0.4), new("audit", 0.5), new("sprint", 0.4),
            // Content types written for managers: comparisons, migration and rollout material.
            new("vs", 0.8), new("versus", 0.8), new("comparison", 0.8), new("compared", 0.6), new("compare", 0.6),
            new("comparing", 0.6), new("alternatives", 0.6), new("moving from", 0.7), new("moved from", 0.7),
            new("switching from", 0.7), new("migrate", 0.7), new("rolling out", 0.9), new("implementing", 0.5),
            new("SAFe", 1.0, CaseSensitive: true),
        ],
        ["contributor"] =
        [
            new("how it works", 1.2), new("hands on", 1.2), new("technical", 1.0), new("tutorial", 1.2),
            new("cli", 1.0), new("command line", 1.0), new("commands", 0.8), new("yaml", 1.0), new("yml", 1.0),
            new("api", 1.0), new("sdk", 1.0), new("endpoints", 0.7), new("payloads", 0.7), new("script", 0.7),
            new("code samples", 1.0), new("code", 0.5), new("examples", 0.5), new("sample", 0.5),
            new("step by step", 1.0), new("workshop", 0.8), new("lab", 0.8), new("laptop", 0.8),
            new("deep dive", 1.0), new("under the hood", 1.0), new("internals", 1.0), new("cheat sheet", 1.1),
            new("tips", 0.7), new("tricks", 0.7), new("keywords", 0.5), new("syntax", 0.8),
            new("configure", 0.8), new("configuration", 0.6), new("config", 0.6), new("install", 0.8),
            new("installation", 0.8), new("setting up", 0.8), new("set up", 0.5), new("setup", 0.5),
            new("getting started", 0.8), new("quick start", 0.9), new("troubleshooting", 1.0), new("debug", 1.0),
            new("debugging", 1.0), new("errors", 0.8), new("fix", 0.6), new("helm", 0.7), new("kubectl", 1.0),
            new("docker", 0.5), new("pods", 0.6), new("cluster", 0.4), new("runner", 0.5), new("images", 0.4),
            new("branching", 0.6), new("merges", 0.4), new("for beginners", 0.6), new("101", 0.5),
            new("architecture", 0.5), new("diagram", 0.4), new("on call", 0.6),
            // Content types written for practitioners: documentation, how-tos, explainers of a technique.
            new("documentation", 1.0), new("docs", 1.0), new("how to", 0.8), new("explained", 0.7),
            new("secrets", 0.6), new("feature flags", 0.6),
        ],
    };
}
