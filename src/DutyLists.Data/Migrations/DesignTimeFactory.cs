using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DutyLists.Data.Migrations;

/// <summary>
/// The context as <c>dotnet ef</c> makes it to scaffold a migration: for SQLite by default, for PostgreSQL with
/// <c>-- --provider Postgres</c>. Scaffolding opens no connection, so the connection strings name nothing real.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DutyListsDbContext>
{
    public DutyListsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DutyListsDbContext>();
        DesignTimeDatabase.From(args).Apply(options);
        return new DutyListsDbContext(options.Options);
    }
}

/// <summary>The database settings a design-time factory uses, from <c>--provider Sqlite|Postgres</c>.</summary>
public static class DesignTimeDatabase
{
    public static DatabaseSettings From(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        var provider = at >= 0 && at + 1 < args.Length ? Enum.Parse<DatabaseProvider>(args[at + 1], ignoreCase: true) : DatabaseProvider.Sqlite;
        return new DatabaseSettings(provider, provider == DatabaseProvider.Postgres ? "Host=localhost;Database=dutylists_design" : "Data Source=dutylists-design.db");
    }
}
