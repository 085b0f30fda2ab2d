using System.Data.Common;
using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// The app started on a database made by the last release before migrations: its accounts, made there by hand-written
/// SQL, are taken under the accounts' migrations and still sign in with their rights.
/// </summary>
public sealed class ReleaseUpgradeTests : IDisposable
{
    private readonly DutyListsFactory _app = new(Path.Combine(Path.GetTempPath(), "dutylists-no-seed-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task AnAccountOfTheReleaseSignsInAfterTheUpgrade()
    {
        var hash = new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser("release-admin"), SignIn.Password);
        await using (var connection = await OpenReleaseDatabaseAsync())
        {
            var (yes, no) = connection is NpgsqlConnection ? ("true", "false") : ("1", "0");
            await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Release", connection is NpgsqlConnection ? "postgres.sql" : "sqlite.sql")));
            await ExecuteAsync(connection, $"""
                INSERT INTO "SchemaInfo" ("Id", "Version") VALUES (1, 3);
                INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('role-admin', 'Admin', 'ADMIN', 'a'), ('role-editor', 'Editor', 'EDITOR', 'e');
                INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
                VALUES ('user-1', 'release-admin', 'RELEASE-ADMIN', NULL, NULL, {no}, '{hash}', 'SECURITYSTAMP1', 'c', NULL, {no}, {no}, NULL, {yes}, 0);
                INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('user-1', 'role-admin');
                INSERT INTO "AuditLog" ("AtUtc", "User", "Action", "TownshipId", "RevisionId", "Summary") VALUES ('2026-11-03 10:00:00', 'release-admin', 'sign-in', NULL, NULL, '登录');
                """);
        }

        var client = _app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync("release-admin", SignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);

        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.Empty(await accounts.Database.GetPendingMigrationsAsync());
        Assert.Equal(2, await accounts.Roles.CountAsync());
    }

    public void Dispose() => _app.Dispose();

    private async Task<DbConnection> OpenReleaseDatabaseAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _app.DatabaseFile, Pooling = false }.ToString());
            await sqlite.OpenAsync();
            return sqlite;
        }

        await using (var server = new NpgsqlConnection(TestDatabase.PostgresConnection("postgres")))
        {
            await server.OpenAsync();
            await ExecuteAsync(server, $"CREATE DATABASE \"{_app.PostgresDatabase}\"");
        }

        var postgres = new NpgsqlConnection(TestDatabase.PostgresConnection(_app.PostgresDatabase));
        await postgres.OpenAsync();
        return postgres;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
