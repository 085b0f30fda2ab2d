using System.Text;
using DutyLists.Data.Importing;
using DutyLists.Import.Model;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Admin;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Importing;

/// <summary>
/// A revision of a seeded township whose title runs prefecture, county and township together, as renderings of the
/// seed print it (docs/import-formats.md §10.8): it is that township, not a new one in another county.
/// </summary>
public sealed class TitledRevisionTests : FreshAppTests
{
    /// <summary>Seed 004 with its three title lines (L3-L5) printed as one, the way a PDF or Word rendering gives them.</summary>
    private static string Seed004WithOneTitleLine()
    {
        var lines = Uploads.Seed004.Split('\n');
        Assert.Equal(("新疆维吾尔自治区昌吉回族自治州", "吉木萨尔县三台镇", "履职事项清单"), (lines[2], lines[3], lines[4]));
        lines[2] = "";
        lines[3] = "";
        lines[4] = "昌吉回族自治州吉木萨尔县三台镇 履职事项清单";
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task ARevisionReadFromARunTogetherTitleIsAcceptedAsThatTownship()
    {
        App.CreateClient().Dispose();
        var previewer = App.Services.GetRequiredService<ImportPreviewer>();

        var preview = await previewer.PreviewAsync("三台镇.txt", Encoding.UTF8.GetBytes(Seed004WithOneTitleLine()), metadata: null, newTownshipConfirmed: false);

        Assert.False(preview.IsNewTownship);
        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", null), preview.List.Township);
        Assert.False(preview.Diff.HasChanges);
    }

    [Fact]
    public async Task TheImportCommandSaysWhereEachPlaceValueCameFrom()
    {
        App.CreateClient().Dispose();
        var file = Path.Combine(App.TempFolder, "三台镇.txt");
        await File.WriteAllTextAsync(file, Seed004WithOneTitleLine());
        var output = new StringWriter();

        var code = await ImportCommand.RunAsync(App.Services, [file, "--dry-run", "--region", "新疆维吾尔自治区"], output, TextWriter.Null);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("乡镇名称：三台镇（来自文件中的标题或内容）", text, StringComparison.Ordinal);
        Assert.Contains("所属县（市、区）：吉木萨尔县（来自文件中的标题或内容）", text, StringComparison.Ordinal);
        Assert.Contains("所属省（自治区）：新疆维吾尔自治区（来自命令行）", text, StringComparison.Ordinal);
        Assert.Contains("当前为第 1 版", text, StringComparison.Ordinal);
    }
}
