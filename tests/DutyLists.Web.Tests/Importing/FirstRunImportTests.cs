using System.Net.Http.Json;
using System.Text.Json;
using DutyLists.Data;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Importing;

public sealed class FirstRunImportTests
{
    private static string SeedCopy(string folder, params string[] documents)
    {
        var seed = Path.Combine(folder, "seed");
        Directory.CreateDirectory(Path.Combine(seed, "aliases"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFolders.SeedData, "aliases")))
        {
            File.Copy(file, Path.Combine(seed, "aliases", Path.GetFileName(file)));
        }

        foreach (var document in documents)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryFolders.SeedData, document + "*"))
            {
                File.Copy(file, Path.Combine(seed, Path.GetFileName(file)));
            }
        }

        return seed;
    }

    [Fact]
    public async Task ADocumentThatFailsIsSkippedAndTheOthersStillLoad()
    {
        using var scratch = new DutyListsFactory();
        var seed = SeedCopy(scratch.TempFolder, "001_");
        await File.WriteAllTextAsync(Path.Combine(seed, "000_broken.txt"), "这不是履职事项清单\n只是一段文字");
        await File.WriteAllBytesAsync(Path.Combine(seed, "000_binary.txt"), [0x00, 0xFF, 0x10, 0x00]);

        using var app = new DutyListsFactory(seed);
        var townships = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/townships");

        Assert.Equal(["大石头乡"], townships.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ASecondStartDoesNotImportAgain()
    {
        using var scratch = new DutyListsFactory();
        var seed = SeedCopy(scratch.TempFolder, "004_");

        for (var start = 0; start < 2; start++)
        {
            using var app = new DutyListsFactory(seed) { SharedWith = scratch };
            _ = app.CreateClient();
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
            Assert.Equal(1, await db.Townships.CountAsync());
            Assert.Equal(1, await db.Revisions.CountAsync());
        }
    }

    [Fact]
    public async Task AStoredRevisionCannotBeModified()
    {
        using var app = new DutyListsFactory(SeedCopy(Path.Combine(Path.GetTempPath(), "dutylists-tests", Guid.NewGuid().ToString("N")), "004_"));
        _ = app.CreateClient();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        var duty = await db.Duties.FirstAsync();
        duty.Name = "改写";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("never modified", error.Message, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        db.Revisions.Remove(await db.Revisions.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
