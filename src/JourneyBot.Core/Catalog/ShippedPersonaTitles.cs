using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JourneyBot.Core.Catalog;

/// <summary>
/// A database seeded before personas had job titles gets the default catalog's titles for the personas it shipped
/// (executive, manager, contributor), so "VP of Engineering" is understood after an upgrade without an import. Run
/// once, by the migration that adds the column; a persona whose key is not a shipped one is left without titles.
/// </summary>
public static class ShippedPersonaTitles
{
    /// <summary>For a migration's Up, after the Titles column exists (JSON text on SQLite, <c>text[]</c> on PostgreSQL).</summary>
    public static void Fill(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var persona in CatalogYaml.ReadDefault().Personas.Where(p => p.Titles.Count > 0))
        {
            var titles = postgres
                ? "ARRAY[" + string.Join(", ", persona.Titles.Select(Literal)) + "]::text[]"
                : Literal(JsonSerializer.Serialize(persona.Titles));
            migrationBuilder.Sql($"UPDATE \"Personas\" SET \"Titles\" = {titles} WHERE \"Key\" = {Literal(persona.Key)};");
        }
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
