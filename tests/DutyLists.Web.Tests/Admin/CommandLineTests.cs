using System.Text.Json;
using DutyLists.Web.Accounts;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>The <c>import</c> and <c>create-admin</c> commands, run against the app's own services.</summary>
public sealed class CommandLineTests : FreshAppTests
{
    [Fact]
    public async Task ADryRunPrintsTheDiffAsJsonAndStoresNothing()
    {
        var file = WriteTemp("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());
        var before = await CountRevisionsAsync();

        var (code, output, _) = await RunImportAsync(file, "--dry-run", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("三台镇", json.RootElement.GetProperty("township").GetString());
        Assert.True(json.RootElement.GetProperty("dryRun").GetBoolean());
        var basic = json.RootElement.GetProperty("diff").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "basic");
        Assert.Equal([5], basic.GetProperty("removed").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Empty(basic.GetProperty("added").EnumerateArray());
        Assert.Empty(basic.GetProperty("changed").EnumerateArray());
        Assert.Equal(before, await CountRevisionsAsync());
    }

    [Fact]
    public async Task AnImportStoresANewRevisionAndSaysSo()
    {
        var file = WriteTemp("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());
        var before = await CountRevisionsAsync();

        var (code, output, _) = await RunImportAsync(file);

        Assert.Equal(0, code);
        Assert.Contains("删除 1 项（5）", output, StringComparison.Ordinal);
        Assert.Contains("已导入为第 2 版", output, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountRevisionsAsync());
    }

    [Theory]
    [InlineData("empty.txt", "", "文件为空")]
    [InlineData("notes.txt", "会议纪要\n没有清单", "不是履职事项清单")]
    public async Task ABadDocumentExitsNonZeroWithTheReasonAndChangesNothing(string name, string content, string reason)
    {
        var file = WriteTemp(name, content);
        var before = await CountRevisionsAsync();

        var (code, output, error) = await RunImportAsync(file, "--json");

        Assert.Equal(1, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(reason, JsonDocument.Parse(output).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountRevisionsAsync());
    }

    [Fact]
    public async Task BadArgumentsExitWithUsage()
    {
        var (code, _, error) = await RunImportAsync("--frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdminTakesThePasswordFromStandardInputAndRefusesADuplicate()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CreateAdminCommand.RunAsync(App.Services, ["首位管理员"], new StringReader("a-long-password-1\n"), output, error);

        Assert.Equal(0, code);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByNameAsync("首位管理员");
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
            Assert.True(await users.CheckPasswordAsync(user, "a-long-password-1"));
        }

        var again = await CreateAdminCommand.RunAsync(App.Services, ["首位管理员"], new StringReader("another-password-2\n"), output, error);
        Assert.Equal(1, again);
        Assert.Contains("已存在", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdminRefusesAWeakOrMissingPassword()
    {
        var error = new StringWriter();

        Assert.Equal(1, await CreateAdminCommand.RunAsync(App.Services, ["weak"], new StringReader("short\n"), TextWriter.Null, error));
        Assert.Contains("密码太短", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await CreateAdminCommand.RunAsync(App.Services, ["nopass"], new StringReader(""), TextWriter.Null, error));
    }

    private async Task<(int Code, string Output, string Error)> RunImportAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(App.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string WriteTemp(string name, string content)
    {
        var path = Path.Combine(App.TempFolder, name);
        File.WriteAllText(path, content);
        return path;
    }

}
