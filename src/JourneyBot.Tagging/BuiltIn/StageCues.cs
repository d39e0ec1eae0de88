namespace JourneyBot.Tagging.BuiltIn;

/// <summary>
/// Typical collateral per buyer-journey stage (usecase-driven GTM): awareness educates about the problem,
/// consideration positions a solution as viable, decision justifies choosing it.
/// Keys are the default catalog's; they are resolved against the caller's vocabulary by key, name or alias.
/// </summary>
internal static class StageCues
{
    public static readonly IReadOnlyDictionary<string, Cue[]> ByKey = new Dictionary<string, Cue[]>
    {
        ["awareness"] =
        [
            // Problem education and explainers.
            new("what is", 1.0), new("what are", 1.0), new("introduction to", 0.9), new("an introduction", 0.9),
            new("intro to", 0.9), new("primer", 0.9), new("101", 0.9), new("explained", 0.7), new("explainer", 0.8),
            new("for beginners", 0.8), new("beginner's guide", 0.8), new("understanding", 0.6), new("anatomy of", 0.8),
            new("glossary", 0.8), new("myths", 0.7), new("why", 0.4),
            // Troubleshooting and analysis of public incidents.
            new("troubleshooting", 1.1), new("troubleshoot", 1.0), new("outage", 1.0), new("post mortem", 1.0),
            new("incident", 0.9), new("data loss", 1.0), new("breach", 0.6), new("attack", 0.5), new("lessons", 0.6),
            // The impact of the problem.
            new("hidden cost", 1.0), new("cost of", 0.5), new("price of", 0.5), new("impact of", 0.6),
            new("infographic", 0.6), new("signs", 0.6), new("symptoms", 0.7), new("challenges", 0.6),
            new("pitfalls", 0.7), new("mistakes", 0.6), new("holding you back", 0.6), new("slowing you down", 0.6),
            new("slow", 0.3), new("slower", 0.3), new("problem", 0.5), new("risks of", 0.5),
            // Analyst and research reports describing the domain.
            new("state of", 0.9), new("survey", 0.7), new("trends", 0.7), new("report", 0.4), new("research", 0.4),
            new("market guide", 0.6), new("hype cycle", 0.8), new("market", 0.3), new("analyst", 0.3),
            new("maturity", 0.3), new("benchmark", 0.3),
            new("a question", 0.3, Pattern: @"\?"),
        ],
        ["consideration"] =
        [
            // Analyst reports comparing solutions, and comparisons.
            new("magic quadrant", 1.2), new("wave", 1.0), new("critical capabilities", 1.0),
            new("comparison", 1.0), new("compare", 0.9), new("comparing", 0.9), new("vs", 1.0), new("versus", 1.0),
            new("alternatives", 0.8), new("how to choose", 0.9), new("choosing", 0.7), new("evaluating", 0.7),
            new("evaluation", 0.6), new("buyer's guide", 1.0), new("buying guide", 1.0),
            // Success stories and case studies.
            new("case study", 1.0), new("case studies", 1.0), new("customer story", 1.0), new("success story", 1.0),
            new("success stories", 1.0), new("customers", 0.4), new("results", 0.4), new("success", 0.5),
            new("a measured improvement", 0.6, Pattern: @"\d+(?:\.\d+)?\s?(?:%|x\b|percent\b)"),
            new("faster", 0.3), new("did it", 0.5),
            // Solution descriptions, checklists and plans for solving the problem.
            new("checklist", 1.0), new("solution overview", 1.0), new("solution brief", 1.0), new("overview", 0.4),
            new("datasheet", 1.0), new("data sheet", 1.0), new("at a glance", 0.7), new("capabilities", 0.5),
            new("demo", 0.8), new("tour", 0.7), new("video", 0.3), new("best practices", 0.7), new("benefits", 0.6),
            new("how it works", 0.6), new("deep dive", 0.5), new("reference architecture", 0.6),
            new("playbook", 0.5), new("approaches", 0.4), new("strategy", 0.3), new("assessment", 0.4),
            new("leader", 0.5), new("webinar", 0.7), new("under the hood", 0.6), new("tips", 0.5), new("dashboards", 0.5),
        ],
        ["decision"] =
        [
            // Justification: ROI, TCO, business cases, pricing.
            new("roi calculator", 1.3), new("tco calculator", 1.3), new("roi", 1.2), new("return on investment", 1.2), new("tco", 1.2), new("total cost of ownership", 1.2),
            new("total economic impact", 1.2), new("calculator", 1.2), new("calculate", 0.8), new("business case", 1.0),
            new("justify", 0.7), new("justification", 0.8), new("pays back", 0.7), new("payback", 0.7),
            new("savings", 0.5), new("pricing", 1.0), new("licensing", 0.8), new("quote", 0.6), new("procurement", 0.9),
            new("rfp", 1.0),
            // Implementation and migration guides, getting started.
            new("implementation guide", 1.2), new("implementing", 0.9), new("implementation", 0.8),
            new("migration guide", 1.2), new("migration", 0.9), new("migrating", 0.9), new("migrate", 0.9),
            new("moving from", 0.9), new("switching from", 0.9), new("import", 0.5),
            new("getting started", 1.2), new("get started", 1.0), new("quick start", 1.1), new("quickstart", 1.1),
            new("setting up", 0.9), new("set up", 0.6), new("setup", 0.6), new("installation", 0.9),
            new("install", 0.7), new("your first", 0.5), new("onboarding", 0.8), new("rollout", 0.8),
            new("roll out", 0.8), new("admin guide", 0.8), new("tutorial", 0.7), new("step by step", 0.7),
            new("cheat sheet", 0.6), new("template", 0.6), new("faq", 0.5), new("api reference", 1.0),
            new("reference", 0.6), new("references", 0.9), new("documentation", 0.9), new("docs", 0.9),
            new("configuration guide", 1.2), new("hands on", 0.7), new("migration checklist", 1.3), new("rolling out", 0.8),
            new("moved from", 0.9),
            // Trying it for real before buying.
            new("proof of concept", 1.1), new("poc", 1.0), new("pilot", 0.9), new("trial", 0.9),
            new("case study", 0.6), new("case studies", 0.6),
        ],
    };
}
