namespace JourneyBot.Tagging.BuiltIn;

/// <summary>
/// Extra words for well-known use case keys, beyond the vocabulary's own names and aliases.
/// Only used when the caller's vocabulary has the key (or a term called by it).
/// </summary>
internal static class UseCaseCues
{
    public static readonly IReadOnlyDictionary<string, Cue[]> ByKey = new Dictionary<string, Cue[]>
    {
        ["vcc"] =
        [
            new("git", 0.8), new("source code management", 1.0), new("branching", 0.8), new("branch", 0.6),
            new("merge request", 0.8), new("pull request", 0.8), new("monorepo", 1.0), new("repository", 0.6),
            new("repositories", 0.6), new("repo", 0.6), new("inner source", 1.0), new("collaboration", 0.6),
            new("commit", 0.5), new("subversion", 1.0), new("svn", 1.0), new("perforce", 1.0), new("mercurial", 1.0),
            new("clearcase", 1.0), new("tfvc", 1.0), new("bitbucket", 0.8), new("code owners", 0.8),
            new("conflicts", 0.5), new("review", 0.4),
        ],
        ["ci"] =
        [
            new("pipeline", 0.8), new("build", 0.8), new("runner", 0.8), new("jenkins", 1.0), new("jenkinsfile", 1.0),
            new("test automation", 1.0), new("automated testing", 1.0), new("tests", 0.5), new("testing", 0.4),
            new("flaky", 0.8), new("merge train", 1.0), new("github actions", 1.0), new("circleci", 1.0),
            new("travis", 1.0), new("bamboo", 1.0), new("teamcity", 1.0), new("caching", 0.5),
            new("parallel jobs", 0.6), new("jobs", 0.4), new("artifacts", 0.4), new("compile", 0.6),
            new("code quality", 0.5), new("cicd", 1.0), new("auto devops", 0.4),
        ],
        ["cd"] =
        [
            new("deploy", 0.9), new("deploying", 0.9), new("release", 0.8), new("releasing", 0.8),
            new("rollback", 0.8), new("canary", 1.0), new("blue green", 1.0), new("feature flag", 1.0),
            new("progressive delivery", 1.0), new("ship", 0.5), new("shipping", 0.5), new("environments", 0.5),
            new("spinnaker", 1.0), new("dora", 0.6), new("change failure rate", 0.6), new("lead time", 0.4),
            new("delivery", 0.4), new("change approvals", 0.5), new("freezes", 0.5), new("rollouts", 0.4),
            new("production", 0.4), new("on call", 0.3), new("auto devops", 0.6), new("review apps", 0.8),
            new("cicd", 1.0),
        ],
        ["devsecops"] =
        [
            new("vulnerability", 1.0), new("vulnerabilities", 1.0), new("static analysis", 0.9),
            new("dependency scanning", 1.0), new("container scanning", 1.0), new("scanning", 0.7),
            new("scanner", 0.7), new("secret detection", 1.0), new("secrets", 0.8), new("credentials", 0.7),
            new("leaked", 0.6), new("compliance", 0.8), new("audit", 0.6), new("supply chain", 1.0),
            new("sbom", 1.0), new("bills of materials", 1.0), new("bill of materials", 1.0), new("cve", 1.0),
            new("owasp", 1.0), new("fuzzing", 1.0), new("fuzz", 1.0), new("penetration test", 0.9),
            new("threat", 0.7), new("breach", 0.8), new("breaches", 0.8), new("attack", 0.7), new("attackers", 0.7),
            new("zero day", 0.8), new("secure", 0.7), new("ciso", 0.8), new("siem", 0.8),
        ],
        ["gitops"] =
        [
            new("terraform", 1.0), new("ansible", 0.9), new("pulumi", 1.0), new("argo cd", 1.0), new("argocd", 1.0),
            new("flux", 1.0), new("infrastructure", 0.6), new("provisioning", 0.8), new("drift", 0.7),
            new("declarative", 0.6), new("cloudformation", 1.0), new("crossplane", 1.0), new("reconciliation", 0.7),
            new("config", 0.3),
        ],
        ["agile"] =
        [
            new("agile", 1.0), new("scrum", 1.0), new("kanban", 1.0), new("sprint", 1.0), new("backlog", 0.9),
            new("epics", 0.8), new("roadmap", 0.6), new("portfolio", 0.8), new("scaled agile", 1.0),
            new("SAFe", 1.0, CaseSensitive: true), new("issue board", 0.8), new("issue tracking", 0.8),
            new("issues", 0.5), new("boards", 0.6), new("jira", 1.0), new("iterations", 0.8), new("milestone", 0.6),
            new("story points", 1.0), new("user stories", 0.9), new("planning", 0.7), new("pmo", 0.7),
            new("initiatives", 0.5), new("tickets", 0.6),
        ],
        ["simplify-devops"] =
        [
            new("toolchain", 1.0), new("tool chain", 1.0), new("tool sprawl", 1.0), new("sprawl", 0.8),
            new("devops platform", 1.0), new("one application", 0.9), new("one platform", 0.9),
            new("single platform", 0.9), new("platform", 0.4), new("consolidate", 0.9), new("consolidating", 0.9),
            new("consolidation", 0.9), new("integrations", 0.5), new("stitching", 0.7), new("diy", 0.7),
            new("value stream", 0.9), new("devops lifecycle", 0.8), new("devops transformation", 0.7),
            new("transformation", 0.4), new("devops maturity", 0.6), new("tools", 0.4), new("context switching", 0.7),
            new("developer experience", 0.5), new("end to end", 0.6), new("lifecycle", 0.5),
        ],
        ["cloud-native"] =
        [
            new("container", 1.0), new("docker", 0.9), new("helm", 0.9), new("serverless", 0.9),
            new("service mesh", 1.0), new("istio", 1.0), new("openshift", 1.0), new("eks", 1.0), new("aks", 1.0),
            new("gke", 1.0), new("pods", 0.8), new("cluster", 0.7), new("multi cluster", 0.7), new("images", 0.5),
            new("image", 0.5), new("registry", 0.5), new("monolith", 0.7), new("cloud", 0.3),
        ],
    };
}
