namespace JourneyBot.IntegrationTests.Postgres;

/// <summary>Runs when JOURNEYBOT_TEST_POSTGRES names a server (`.ci/run` starts one); skipped with that notice otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "JOURNEYBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"PostgreSQL tests need a server: set {Variable} (e.g. eval \"$(.ci/postgres start)\").";
    }
}
