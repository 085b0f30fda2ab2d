using DutyLists.Data.Model;
using DutyLists.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data;

/// <summary>
/// The schema is created with EnsureCreated, which never alters an existing database (docs/decisions/0003). So that a
/// database made by an older build is not half-used until a query meets a missing column, its version is recorded
/// at creation and checked at start. Raise <see cref="Current"/> with every change to the model.
/// </summary>
public static class SchemaVersion
{
    /// <summary>2: accounts, audit log, staged imports, revision origin and corrections. 3: the character-pair search index.</summary>
    public const int Current = 3;

    /// <summary>Creates the schema in an empty database, or checks that an existing one is of this version.</summary>
    /// <exception cref="InvalidOperationException">The database was made by another version of the app.</exception>
    public static async Task EnsureAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
        if (await db.Database.EnsureCreatedAsync(ct))
        {
            await TextSearch.EnsureKeyTableAsync(db, ct);
            db.SchemaInfo.Add(new SchemaInfo { Id = 1, Version = Current });
            await db.SaveChangesAsync(ct);
            return;
        }

        int? found;
        try
        {
            found = await db.SchemaInfo.Where(s => s.Id == 1).Select(s => (int?)s.Version).SingleOrDefaultAsync(ct);
        }
        catch (System.Data.Common.DbException)
        {
            found = null; // No version table: a database from before versions were recorded.
        }

        if (found != Current)
        {
            throw new InvalidOperationException(
                $"The database was created by another version of DutyLists (schema {found?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "1"}, this build needs {Current}). " +
                "Back it up and move it aside to let the app create a new one and import the seed documents, or migrate it " +
                "(docs/decisions/0003-schema-creation.md). 数据库由其他版本创建，架构不一致：请备份后移走该数据库文件，或按文档迁移。");
        }
    }
}
