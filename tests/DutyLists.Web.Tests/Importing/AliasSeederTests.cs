using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Import.Model;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Importing;

public sealed class AliasSeederTests
{
    private static async Task<(DutyListsFactory App, string Seed)> EmptyAppAsync()
    {
        var app = new DutyListsFactory(Path.Combine(Path.GetTempPath(), "dutylists-tests", "no-such-seed-" + Guid.NewGuid().ToString("N")));
        _ = app.CreateClient();
        var seed = Path.Combine(app.TempFolder, "seed");
        Directory.CreateDirectory(Path.Combine(seed, AliasSeeder.FolderName));
        await File.WriteAllTextAsync(Path.Combine(seed, AliasSeeder.FolderName, "categories.csv"), "alias,canonical\n文化旅游,文化和旅游\n");
        return (app, seed);
    }

    [Fact]
    public async Task ARowWithoutItsCanonicalNameIsRejectedNamingFileAndLineAndNothingIsStored()
    {
        var (app, seed) = await EmptyAppAsync();
        using var _ = app;
        await File.WriteAllTextAsync(Path.Combine(seed, AliasSeeder.FolderName, "departments.csv"), "alias,canonical\n县残联,县残疾人联合会\n县委编办,\n");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => AliasSeeder.SeedAsync(db, seed));

        Assert.Equal("departments.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("不能为空", error.Reason, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.DepartmentNameRules.CountAsync());
    }

    [Fact]
    public async Task CategoryAliasesMapToOneCategory()
    {
        var (app, seed) = await EmptyAppAsync();
        using var _ = app;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();

        await AliasSeeder.SeedAsync(db, seed);

        var category = await db.Categories.Include(c => c.Aliases).SingleAsync();
        Assert.Equal("文化和旅游", category.Name);
        Assert.Equal(["文化旅游"], category.Aliases.Select(a => a.Name));
    }
}
