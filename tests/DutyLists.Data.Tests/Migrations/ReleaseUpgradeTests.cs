using System.Data.Common;
using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Migrations;
using DutyLists.Data.Model;
using DutyLists.Data.Queries;
using DutyLists.Data.Search;
using DutyLists.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DutyLists.Data.Tests.Migrations;

/// <summary>
/// A database made by the last release before migrations (its schema as that build created it, in Release/*.sql, and
/// data written through SQL) is taken under migrations in place, with nothing lost; any other schema is refused.
/// </summary>
public sealed class ReleaseUpgradeTests
{
    private static readonly string[] AllTables =
    [
        "Townships", "Revisions", "RevisionWarnings", "Duties", "DutyDepartments", "Responsibilities", "Takeovers", "Categories",
        "CategoryAliases", "Departments", "DepartmentAliases", "DepartmentNameRules", "AuditLog", "StagedImports",
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "DataProtectionKeys",
    ];

    [Fact]
    public async Task AReleaseDatabaseIsUpgradedInPlaceKeepingEveryRow()
    {
        await using var database = await ReleaseDatabaseAsync(schemaVersion: SchemaMigrations.ReleaseSchemaVersion);
        var before = await CountAllAsync(database);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await SchemaMigrations.MigrateAsync(db);
            Assert.Equal(db.GetService<IMigrationsAssembly>().Migrations.Keys, await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await TextSearch.EnsureIndexAsync(db);
        }

        Assert.Equal(before, await CountAllAsync(database));
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var revisions = await db.Revisions.AsNoTracking().OrderBy(r => r.Number).ToListAsync();
            Assert.Equal([RevisionOrigin.Import, RevisionOrigin.Correction], revisions.Select(r => r.Origin));
            Assert.Equal("更正错字", revisions[1].Note);
            Assert.Equal(revisions[1].Id, (await db.Townships.SingleAsync()).CurrentRevisionId);
            Assert.Equal("县应急局", (await db.DepartmentAliases.SingleAsync()).Name);
            Assert.Equal(["import", "correction", "sign-in"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
            Assert.Equal(1, await ListsVersions.ReadAsync(db));
        }

        // The upgraded database works as a new one: the kept duties are found, and an import takes the next numbers.
        var search = await new DutySearch(database.Contexts).SearchAsync(new DutyFilter { Text = "党员代表" });
        Assert.Equal(1, search.Total);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var outcome = await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: "admin");
        Assert.False(outcome.Unchanged);
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(2, await ListsVersions.ReadAsync(db));
            Assert.Equal(4, await db.AuditEntries.CountAsync());
        }

        // A second start finds nothing to do.
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await SchemaMigrations.MigrateAsync(db);
        }
    }

    [Fact]
    public async Task TheBaselineCreatesTheReleaseSchemaExactly()
    {
        await using var release = await ReleaseDatabaseAsync(schemaVersion: null);
        await using var migrated = await TemporaryDatabase.CreateEmptyAsync();
        await using (var db = await migrated.Contexts.CreateDbContextAsync())
        {
            var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
            await db.GetService<IMigrator>().MigrateAsync(baseline);
        }

        var expected = await DescribeAsync(release);
        var actual = await DescribeAsync(migrated);
        // The accounts' tables are the accounts context's baseline, in the web host.
        Assert.Equal(
            expected.Keys.Where(t => !t.StartsWith("AspNet", StringComparison.Ordinal) && t != "DataProtectionKeys").Order(),
            actual.Keys.Where(t => !t.StartsWith("__EFMigrations", StringComparison.Ordinal)).Order());
        foreach (var (table, columns) in actual.Where(t => expected.ContainsKey(t.Key)))
        {
            Assert.Equal(string.Join("\n", expected[table]), string.Join("\n", columns));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(null)]
    public async Task ADatabaseOfAnotherSchemaIsRefusedAndLeftAsItWas(int? schemaVersion)
    {
        await using var database = await ReleaseDatabaseAsync(schemaVersion);
        var before = await DescribeAsync(database);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.MigrateAsync(db));
            Assert.Contains("SchemaInfo", refused.Message, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await DescribeAsync(database));
    }

    [Fact]
    public async Task ATableWithAColumnTheReleaseNeverHadIsRefused()
    {
        await using var database = await ReleaseDatabaseAsync(schemaVersion: SchemaMigrations.ReleaseSchemaVersion);
        await ExecuteAsync(database, """ALTER TABLE "Townships" ADD "Mayor" TEXT NULL""");

        await using var db = await database.Contexts.CreateDbContextAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.MigrateAsync(db));
        Assert.Contains("Townships has unknown columns Mayor", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task TheMigrationsDescribeTheModel()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add (README).");
    }

    /// <summary>The release's schema, filled through SQL with one township's two revisions, an account and the audit.</summary>
    private static async Task<TemporaryDatabase> ReleaseDatabaseAsync(int? schemaVersion)
    {
        var database = await TemporaryDatabase.CreateEmptyAsync();
        var provider = database.IsPostgres ? "postgres" : "sqlite";
        await ExecuteAsync(database, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Migrations", "Release", $"{provider}.sql")));
        if (schemaVersion is null)
        {
            return database;
        }

        var (yes, no) = database.IsPostgres ? ("true", "false") : ("1", "0");
        var bytes = database.IsPostgres ? "'\\x504b0304'::bytea" : "X'504B0304'";
        await ExecuteAsync(database, $"""
            INSERT INTO "SchemaInfo" ("Id", "Version") VALUES (1, {schemaVersion});
            INSERT INTO "Townships" ("Id", "Name", "Level", "County", "Prefecture", "Region", "CurrentRevisionId") VALUES (1, '三台镇', '镇', '测试县', '测试市', '测试省', NULL);
            INSERT INTO "Categories" ("Id", "Name") VALUES (1, '党的建设');
            INSERT INTO "CategoryAliases" ("Id", "CategoryId", "Name") VALUES (1, 1, '党建');
            INSERT INTO "Departments" ("Id", "County", "Name") VALUES (1, '测试县', '县应急管理局'), (2, '测试县', '县水利局');
            INSERT INTO "DepartmentAliases" ("Id", "DepartmentId", "Name") VALUES (1, 1, '县应急局');
            INSERT INTO "DepartmentNameRules" ("Id", "Alias", "Canonical") VALUES (1, '应急办', '应急管理局');
            INSERT INTO "Revisions" ("Id", "TownshipId", "Number", "FileName", "Sha256", "ImportedAtUtc", "ImportedBy", "DocumentDate", "Layout", "Introduction", "Lists", "Origin", "BasedOnRevisionId", "Note")
            VALUES (1, 1, 1, '三台镇.docx', '{new string('a', 64)}', '2026-11-01 08:00:00', 'admin', '2026年10月', 'TableText', NULL, 'Basic,Cooperative', 'Import', NULL, NULL),
                   (2, 1, 2, '三台镇.docx', '{new string('a', 64)}', '2026-11-02 09:30:00', 'admin', '2026年10月', 'TableText', NULL, 'Basic,Cooperative,Reclaimed', 'Correction', 1, '更正错字');
            UPDATE "Townships" SET "CurrentRevisionId" = 2 WHERE "Id" = 1;
            INSERT INTO "RevisionWarnings" ("Id", "RevisionId", "Order", "File", "Line", "Message") VALUES (1, 1, 0, '三台镇.docx', 12, '缺少编号'), (2, 2, 0, '三台镇.docx', 12, '缺少编号');
            INSERT INTO "Duties" ("Id", "RevisionId", "Kind", "Number", "CategoryId", "CategoryAsWritten", "Name", "SourceLine", "Confidence", "ReviewReason", "SourceText", "SearchText", "NormalizedName", "OtherDepartments", "Discontinued", "TakeoverText")
            VALUES (1, 1, 'Basic', 1, 1, '党建', '组织召开党员大会', 3, 1, NULL, NULL, '组织召开党员大会', '组织召开党员大会', NULL, NULL, NULL),
                   (2, 1, 'Cooperative', 1, 1, NULL, '防汛抗旱', 7, 1, NULL, NULL, '防汛抗旱 组织转移群众', '防汛抗旱', NULL, NULL, NULL),
                   (3, 2, 'Basic', 1, 1, '党建', '组织召开党员代表大会', 3, 1, NULL, NULL, '组织召开党员代表大会', '组织召开党员代表大会', NULL, NULL, NULL),
                   (4, 2, 'Cooperative', 1, 1, NULL, '防汛抗旱', 7, 1, NULL, NULL, '防汛抗旱 组织转移群众', '防汛抗旱', NULL, NULL, NULL),
                   (5, 2, 'Reclaimed', 1, 1, NULL, '农村建房审批', 12, 0.8, '承接方式不明', NULL, '农村建房审批', '农村建房审批', NULL, NULL, '由县水利局承接');
            INSERT INTO "Takeovers" ("Id", "DutyId", "Order", "DepartmentId", "Method") VALUES (1, 5, 0, 2, '承接');
            INSERT INTO "DutyDepartments" ("DutyId", "Order", "DepartmentId", "NameAsWritten") VALUES (2, 0, 1, '县应急局'), (4, 0, 1, '县应急局'), (4, 1, 2, NULL);
            INSERT INTO "Responsibilities" ("Id", "DutyId", "Part", "Order", "Number", "Text", "IsHeading") VALUES (1, 2, 'Township', 0, '1', '组织转移群众', {no}), (2, 4, 'Township', 0, '1', '组织转移群众', {no});
            INSERT INTO "AuditLog" ("Id", "AtUtc", "User", "Action", "TownshipId", "RevisionId", "Summary")
            VALUES (1, '2026-11-01 08:00:00', 'admin', 'import', 1, 1, '导入 三台镇.docx 为三台镇的第 1 版'),
                   (2, '2026-11-02 09:30:00', 'admin', 'correction', 1, 2, '更正三台镇基本履职事项第 1 项'),
                   (3, '2026-11-03 10:00:00', 'admin', 'sign-in', NULL, NULL, '登录');
            INSERT INTO "StagedImports" ("Id", "FileName", "Content", "MetadataJson", "NewTownshipConfirmed", "UploadedBy", "UploadedAtUtc")
            VALUES ('0f8fad5b-d9cb-469f-a165-70867728950e', '三台镇-修订.docx', {bytes}, NULL, {no}, 'admin', '2026-11-03 10:05:00');
            INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('role-admin', 'Admin', 'ADMIN', 'stamp');
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
            VALUES ('user-1', 'admin', 'ADMIN', NULL, NULL, {no}, 'hash', 'security', 'concurrency', NULL, {no}, {no}, NULL, {yes}, 0);
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('user-1', 'role-admin');
            INSERT INTO "DataProtectionKeys" ("Id", "FriendlyName", "Xml") VALUES (1, 'key-1', '<key />');
            """);
        if (database.IsPostgres)
        {
            // Rows written with their ids leave the identity sequences behind; the release's own inserts moved them.
            foreach (var table in new[] { "Townships", "Revisions", "RevisionWarnings", "Duties", "Responsibilities", "Takeovers", "Categories", "CategoryAliases", "Departments", "DepartmentAliases", "DepartmentNameRules", "AuditLog", "DataProtectionKeys" })
            {
                await ExecuteAsync(database, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT max("Id") FROM "{table}"))""");
            }
        }

        return database;
    }

    private static async Task ExecuteAsync(TemporaryDatabase database, string sql)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<string, long>> CountAllAsync(TemporaryDatabase database)
    {
        var counts = new Dictionary<string, long>();
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        foreach (var table in AllTables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT COUNT(*) FROM "{table}" """;
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(counts.Values.All(c => c > 0));
        return counts;
    }

    /// <summary>Every table with its columns' names, types, nullability and defaults, and its indexes, as text.</summary>
    private static async Task<Dictionary<string, List<string>>> DescribeAsync(TemporaryDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var sql = database.IsPostgres
            ? """
              SELECT c.table_name, c.column_name || ' ' || c.data_type || coalesce('(' || c.character_maximum_length || ')', '') || ' ' || c.is_nullable || ' ' || coalesce(c.column_default, '') || ' ' || c.is_identity
              FROM information_schema.columns c WHERE c.table_schema = current_schema()
              UNION ALL
              SELECT tablename, replace(indexdef, 'public.', '') FROM pg_indexes WHERE schemaname = current_schema()
              UNION ALL
              SELECT tc.table_name, tc.constraint_type || ' ' || tc.constraint_name FROM information_schema.table_constraints tc
              WHERE tc.table_schema = current_schema() AND tc.constraint_type <> 'CHECK'
              """
            : """
              SELECT m.name, c.name || ' ' || c.type || ' ' || c."notnull" || ' ' || coalesce(c.dflt_value, '') || ' ' || c.pk
              FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
              UNION ALL
              SELECT m.name, i.name || ' ' || i."unique" || ' ' || (SELECT group_concat(ii.name) FROM pragma_index_info(i.name) ii)
              FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table'
              UNION ALL
              SELECT m.name, 'FK ' || f."table" || '.' || f."to" || ' ' || f."from" || ' ' || f.on_delete
              FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
              UNION ALL
              SELECT tbl_name, type || ' ' || name FROM sqlite_master WHERE type = 'trigger'
              """;
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var tables = new Dictionary<string, List<string>>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            (tables.TryGetValue(table, out var lines) ? lines : tables[table] = []).Add(reader.GetString(1));
        }

        foreach (var lines in tables.Values)
        {
            lines.Sort(StringComparer.Ordinal);
        }

        return tables;
    }
}
