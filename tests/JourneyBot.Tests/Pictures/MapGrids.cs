using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Pictures;

/// <summary>Hand-made coverage grids whose every cell level is known, for checking the picture pixel by pixel.</summary>
internal static class MapGrids
{
    public static readonly Freshness Freshness = new(new DateOnly(2026, 11, 25), 365);

    /// <summary>Two use cases x two stages x two personas; row 0 holds every level in turn, row 1 is empty.</summary>
    public static CoverageGrid EveryLevel()
    {
        var useCases = new[] { UseCase("ci", "Continuous Integration"), UseCase("cd", "Continuous Delivery") };
        var stages = new[] { Stage("awareness", "Awareness", 1), Stage("decision", "Decision", 2) };
        var personas = new[] { new PersonaInfo("executive", "Executive", null, []), new PersonaInfo("manager", "Manager", null, []) };
        var cells = new List<CoverageCell>
        {
            new("ci", "awareness", "executive", 0, 0),
            new("ci", "awareness", "manager", 0, 2),
            new("ci", "decision", "executive", 1, 0),
            new("ci", "decision", "manager", 5, 1),
            new("cd", "awareness", "executive", 0, 0),
            new("cd", "awareness", "manager", 3, 0),
            new("cd", "decision", "executive", 0, 0),
            new("cd", "decision", "manager", 0, 0),
        };
        return new CoverageGrid(useCases, stages, personas, cells, Freshness);
    }

    public static UseCaseInfo UseCase(string key, string name) => new(key, name, null, null, []);

    public static StageInfo Stage(string key, string name, int position) =>
        new("buyer", "Buyer", key, name, position, null, null, null, null, [], [], []);
}
