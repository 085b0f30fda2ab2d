using DutyLists.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DutyLists.Web.Accounts.Migrations;

/// <summary>
/// The accounts context as <c>dotnet ef</c> makes it to scaffold a migration: for SQLite by default, for PostgreSQL
/// with <c>-- --provider Postgres</c>.
/// </summary>
public sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        DesignTimeDatabase.From(args).Apply(options);
        return new AccountsDbContext(options.Options);
    }
}
