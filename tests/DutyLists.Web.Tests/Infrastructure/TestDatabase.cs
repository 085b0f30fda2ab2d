using Npgsql;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>
/// Where a test app keeps its data: a SQLite file by default, or — when <c>DUTYLISTS_TEST_POSTGRES</c> names a
/// server (<c>Host=127.0.0.1;Port=55432;Username=postgres</c>) — a database of its own on that PostgreSQL server,
/// created by the app on start and dropped afterwards. The test script runs the suite both ways.
/// </summary>
public static class TestDatabase
{
    public const string PostgresVariable = "DUTYLISTS_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static string PostgresConnection(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, Pooling = false }.ToString();

    public static void DropPostgres(string database)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
