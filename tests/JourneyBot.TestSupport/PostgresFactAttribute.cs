namespace JourneyBot.TestSupport;

/// <summary>
/// A test that needs a PostgreSQL server: runs when JOURNEYBOT_TEST_POSTGRES holds a connection string
/// (`.ci/run` starts a throwaway cluster and sets it), and is skipped with that notice otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "JOURNEYBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"PostgreSQL tests need a server: set {Variable} (e.g. eval \"$(.ci/postgres start)\").";
    }

    /// <summary>A connection string to a new, empty database on the test server, and a way to drop it.</summary>
    public static async Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable));
        var name = "journeybot_test_" + Guid.NewGuid().ToString("N")[..12];
        var database = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        async Task Drop()
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        return (database.ConnectionString, Drop);
    }
}
