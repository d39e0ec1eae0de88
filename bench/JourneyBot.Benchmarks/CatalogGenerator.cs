using System.Globalization;
using System.Text;

namespace JourneyBot.Benchmarks;

/// <summary>A reproducible N-item catalog in the import CSV format, over the default catalog's vocabulary.</summary>
public static class CatalogGenerator
{
    private static readonly string[] Stages = ["awareness", "consideration", "decision"];
    private static readonly string[] Personas = ["executive", "manager", "contributor"];
    private static readonly string[] UseCases = ["vcc", "ci", "cd", "devsecops", "gitops", "agile", "simplify-devops", "cloud-native"];
    private static readonly string[] Types = ["White paper", "Webinar", "Case study", "ROI calculator", "Analyst report", "Checklist", "Migration guide", "Demo"];
    private static readonly string[] Owners = ["Product Marketing", "Technical Marketing", "Content Marketing", "Marketing Campaigns"];

    public static string Csv(int count, int seed = 42)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("title,url,type,stages,personas,use_cases,updated_on,owner,description\n");
        var start = new DateOnly(2023, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var stage = Stages[random.Next(Stages.Length)];
            var useCase = UseCases[random.Next(UseCases.Length)];
            // A third of the items fit every persona, like real catalogs where many pieces are generic.
            var persona = random.Next(3) == 0 ? "" : Personas[random.Next(Personas.Length)];
            var second = random.Next(5) == 0 ? ";" + UseCases[random.Next(UseCases.Length)] : "";
            var updated = start.AddDays(random.Next(1400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var type = Types[random.Next(Types.Length)];
            csv.Append(CultureInfo.InvariantCulture, $"{type} {i} for {useCase} {stage},https://bench.example.com/{useCase}/{i},{type},{stage},{persona},{useCase}{second},{updated},{Owners[random.Next(Owners.Length)]},Generated item {i}\n");
        }
        return csv.ToString();
    }
}
