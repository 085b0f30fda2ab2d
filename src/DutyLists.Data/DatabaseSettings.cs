using DutyLists.Data.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DutyLists.Data;

/// <summary>Which database the app uses: an embedded SQLite file (the default) or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The provider and its connection string; the one place every context of the app is pointed at its database.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public DbContextOptionsBuilder Apply(DbContextOptionsBuilder options) => Provider switch
    {
        DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(ConnectionString)),
        _ => options.UseSqlite(ConnectionString).AddInterceptors(SearchGramsFunction.Instance),
    };

    /// <summary>
    /// Npgsql prepares the statements a connection runs often, unless the connection string says otherwise: a page
    /// runs a dozen or so queries, each re-planned by PostgreSQL when unprepared.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }
}
