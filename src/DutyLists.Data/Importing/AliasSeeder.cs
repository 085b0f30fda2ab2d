using CsvHelper;
using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Loads the naming rules for departments and the category aliases from <c>aliases/departments.csv</c> and
/// <c>aliases/categories.csv</c> (columns <c>alias,canonical</c>) into an empty database. Afterwards they are data
/// that admins extend in the app.
/// </summary>
public static class AliasSeeder
{
    public const string FolderName = "aliases";

    public static async Task SeedAsync(DutyListsDbContext db, string seedDataPath, CancellationToken ct = default)
    {
        var folder = Path.Combine(seedDataPath, FolderName);
        if (!await db.DepartmentNameRules.AnyAsync(ct))
        {
            foreach (var row in ReadPairs(Path.Combine(folder, "departments.csv")))
            {
                db.DepartmentNameRules.Add(new DepartmentNameRule { Alias = row.Alias, Canonical = row.Canonical });
            }
        }

        if (!await db.CategoryAliases.AnyAsync(ct))
        {
            var categories = await db.Categories.ToDictionaryAsync(c => c.Name, ct);
            foreach (var row in ReadPairs(Path.Combine(folder, "categories.csv")))
            {
                if (!categories.TryGetValue(row.Canonical, out var category))
                {
                    category = new Category { Name = row.Canonical };
                    categories[row.Canonical] = category;
                    db.Categories.Add(category);
                }

                category.Aliases.Add(new CategoryAlias { Name = row.Alias });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<(string Alias, string Canonical)> ReadPairs(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var file = Path.GetFileName(path);
        using var text = new StreamReader(path);
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, false);
        var rows = new List<(string, string)>();
        try
        {
            if (!csv.TryGetFieldIndex("alias", out var aliasColumn) || !csv.TryGetFieldIndex("canonical", out var canonicalColumn))
            {
                throw new DocumentRejectedException(file, 1, "别名表缺少 alias 或 canonical 列");
            }

            while (csv.Read())
            {
                var alias = csv.GetString(aliasColumn).Trim();
                var canonical = csv.GetString(canonicalColumn).Trim();
                if (alias.Length == 0 || canonical.Length == 0)
                {
                    throw new DocumentRejectedException(file, (int)csv.LineNumber, "别名和标准名称都不能为空");
                }

                rows.Add((alias, canonical));
            }
        }
        catch (CsvFormatException e)
        {
            throw new DocumentRejectedException(file, (int)csv.LineNumber, $"无法读取别名表：{e.Message}");
        }

        return rows;
    }
}
