using DutyLists.Data.Migrations;
using DutyLists.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
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
    /// <summary>The migration history table of the duty lists; every other context keeps its own (decision 0010).</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    public DbContextOptionsBuilder Apply(DbContextOptionsBuilder options)
    {
        var history = HistoryTableFor(options.Options.ContextType);
        var configured = Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(ConnectionString), o => o.MigrationsHistoryTable(history)),
            _ => options.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable(history)).AddInterceptors(SearchGramsFunction.Instance),
        };
        return configured.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>
    /// Each context's migrations are recorded in a table of its own: the duty lists in EF Core's default, the accounts
    /// in <c>__AccountsMigrationsHistory</c>. One shared table would work, but two histories in one table make every
    /// listing of applied migrations a mix.
    /// </summary>
    public static string HistoryTableFor(Type contextType) =>
        contextType == typeof(DutyListsDbContext) || contextType == typeof(DbContext)
            ? HistoryTable
            : $"__{contextType.Name.Replace("DbContext", "", StringComparison.Ordinal)}MigrationsHistory";

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
