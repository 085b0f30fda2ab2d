namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>
/// A test of what only SQLite has (its file, <c>VACUUM INTO</c>, <c>max_page_count</c>): reported as skipped, not as
/// passed, in the suite's PostgreSQL run.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.PostgresServer is not null)
        {
            Skip = "SQLite only; this run is on PostgreSQL.";
        }
    }
}

/// <summary>A test of what only a PostgreSQL deployment does: skipped in the suite's SQLite run.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"PostgreSQL only; set {TestDatabase.PostgresVariable} to run it.";
        }
    }
}
