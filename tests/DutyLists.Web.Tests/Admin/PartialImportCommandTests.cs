using System.Text.Json;
using DutyLists.Import.Model;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Tests.Admin;

/// <summary>The <c>import</c> command with a file that carries one list: kept by default, emptied with <c>--replace-all-lists</c>.</summary>
public sealed class PartialImportCommandTests : FreshAppTests
{
    [Fact]
    public async Task OneExportedTabRevisesOnlyItsListAndSaysWhichListsStay()
    {
        var file = await ExportTabAsync();

        var (code, output, _) = await RunImportAsync(file, "--dry-run", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["basic", "cooperative"], json.RootElement.GetProperty("keptLists").EnumerateArray().Select(e => e.GetString()));
        Assert.All(json.RootElement.GetProperty("diff").EnumerateArray(), l => Assert.Empty(l.GetProperty("removed").EnumerateArray()));
        Assert.Contains(json.RootElement.GetProperty("notices").EnumerateArray(),
            n => n.GetString()!.StartsWith("本文件只含“上级部门收回事项清单”；基本履职事项和配合履职事项保持不变", StringComparison.Ordinal));
        Assert.False(json.RootElement.GetProperty("hasChanges").GetBoolean());
    }

    [Fact]
    public async Task ReplaceAllListsEmptiesTheListsTheFileLacks()
    {
        var file = await ExportTabAsync();

        var (code, output, _) = await RunImportAsync(file, "--replace-all-lists");

        Assert.Equal(0, code);
        Assert.Contains("注意：本文件只含“上级部门收回事项清单”；已选择“替换全部清单”", output, StringComparison.Ordinal);
        var kinds = await QueryAsync(db => db.Townships.Where(t => t.Name == "三台镇")
            .SelectMany(t => db.Duties.Where(d => d.RevisionId == t.CurrentRevisionId).Select(d => d.Kind)).Distinct().ToListAsync());
        Assert.Equal([DutyKind.Reclaimed], kinds);
    }

    [Fact]
    public void ReplaceAllListsIsAnOption()
    {
        Assert.True(ImportArguments.TryParse(["a.csv", "--replace-all-lists"], out var arguments, out _));
        Assert.True(arguments.ReplaceAllLists);
        Assert.True(ImportArguments.TryParse(["a.csv"], out var plain, out _));
        Assert.False(plain.ReplaceAllLists);
    }

    /// <summary>三台镇's reclaimed list alone, as the township page's 收回 tab downloads it.</summary>
    private async Task<string> ExportTabAsync()
    {
        var id = await QueryAsync(db => db.Townships.Where(t => t.Name == "三台镇").Select(t => t.Id).SingleAsync());
        var bytes = await App.CreateClient().GetByteArrayAsync(new Uri($"/townships/{id}/export.csv?kind=reclaimed", UriKind.Relative));
        var path = Path.Combine(App.TempFolder, "三台镇-收回.csv");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunImportAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(App.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
