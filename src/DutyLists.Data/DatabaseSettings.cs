using DutyLists.Data.Search;
using Microsoft.EntityFrameworkCore;

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
        DatabaseProvider.Postgres => options.UseNpgsql(ConnectionString),
        _ => options.UseSqlite(ConnectionString).AddInterceptors(SearchGramsFunction.Instance),
    };
}
