using Microsoft.EntityFrameworkCore.Migrations;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// The value plays the default catalog shipped before plays could say they are examples. A database seeded back then
/// holds them unmarked, so a rep could not tell them from the company's own text; the migration that adds the
/// example flag marks every play still carrying one of these texts unchanged. A play someone rewrote is left alone.
/// </summary>
public static class ShippedExamplePlays
{
    /// <summary>The context (promise / offer) of each demo play, exactly as shipped up to November 2026.</summary>
    public static readonly IReadOnlyList<string> Contexts =
    [
        // devops-platform
        "Build category leadership for the DevOps Platform. Offer an executive DevOps toolchain assessment: we map the tools, hand-offs and integrations the organization pays for today and show what a single application for the whole DevOps lifecycle would save in cost, cycle time and risk.",
        // ci-cd
        "Offer a free CI/CD pipeline assessment: we review how code is built, tested and released today and show where a single, scalable pipeline removes waiting time, flaky steps and plugin maintenance.",
        // gitops
        "Offer an infrastructure automation workshop: we take one environment from manual or ticket-driven changes to infrastructure as code, reviewed in merge requests and applied by pipelines, and show the path to do it for the rest.",
        // devsecops
        "Offer an application security assessment: we run security scans on one of the prospect's projects inside the pipeline and walk through the findings with the security and development teams, showing how shifting left reduces risk and tool cost.",
    ];

    /// <summary>For a migration's Up, after the example column exists. TRUE is a literal in SQLite (3.23+) and PostgreSQL.</summary>
    public static void MarkUnchanged(MigrationBuilder migrationBuilder)
    {
        foreach (var context in Contexts)
            migrationBuilder.Sql($"UPDATE \"Motions\" SET \"ValuePlay_IsExample\" = TRUE WHERE \"ValuePlay_Context\" = '{context.Replace("'", "''", StringComparison.Ordinal)}';");
    }
}
