using DutyLists.Web.Accounts;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Admin;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("password12")]
    [InlineData("Password123!")]
    [InlineData("p@ssw0rd99")]
    [InlineData("P4ssw0rd!!")]
    [InlineData("woaini1314")]
    [InlineData("Woaini5201314")]
    [InlineData("1234567890")]
    [InlineData("0987654321")]
    [InlineData("1212121212")]
    [InlineData("1122334455")]
    [InlineData("5201314520")]
    [InlineData("qwertyuiop")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("a123456789")]
    [InlineData("abc1234567")]
    [InlineData("adminadmin1")]
    [InlineData("admin@2024!")]
    [InlineData("iloveyou99")]
    [InlineData("zhang123456")]
    [InlineData("qwerty2024!")]
    [InlineData("aaaa1111!!")]
    public void CommonPasswordsAndPaddedStemsAreRefused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password.ToLowerInvariant()), password);

    [Theory]
    [InlineData("test-password-123")]
    [InlineData("k3829104756")]
    [InlineData("correct-horse-battery")]
    [InlineData("去年的雪今年的风2")]
    [InlineData("Tq8#vLm2!pRz")]
    [InlineData("editor-pass-42")]
    public void OrdinaryPasswordsPass(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password.ToLowerInvariant()), password);

    [Fact]
    public void TheTerminalPromptDoesNotEchoAndHonoursBackspace()
    {
        var keys = new Queue<ConsoleKeyInfo>("secrex".Select(c => new ConsoleKeyInfo(c, ConsoleKey.A, false, false, false)));
        keys.Enqueue(new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false));
        keys.Enqueue(new ConsoleKeyInfo('t', ConsoleKey.T, false, false, false));
        keys.Enqueue(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
        var output = new StringWriter();

        var password = CreateAdminCommand.ReadHidden(keys.Dequeue, output);

        Assert.Equal("secret", password);
        Assert.Equal(Environment.NewLine, output.ToString());
    }
}

/// <summary>The policy through the account pages and the command line.</summary>
public sealed class PasswordPolicyAppTests : FreshAppTests
{
    [Fact]
    public async Task AnAdminCannotGiveANewAccountACommonPassword()
    {
        await App.CreateUserAsync("管理员", Roles.Admin);

        var common = await AccountPages.CreateAsync(App, "管理员", "新编辑", Roles.Editor, "password12");

        Assert.False(common.Succeeded);
        Assert.Contains("密码太常见", common.Message, StringComparison.Ordinal);
        var named = await AccountPages.CreateAsync(App, "管理员", "wangxiaoming", Roles.Editor, "wangxiaoming-x7");
        Assert.False(named.Succeeded);
        Assert.Contains("不能包含用户名", named.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => AccountPages.IdOfAsync(App, "新编辑"));
    }

    [Fact]
    public async Task CreateAdminRefusesACommonPassword()
    {
        var error = new StringWriter();

        Assert.Equal(1, await CreateAdminCommand.RunAsync(App.Services, ["常见密码管理员"], new StringReader("password123\n"), TextWriter.Null, error));
        Assert.Contains("密码太常见", error.ToString(), StringComparison.Ordinal);
    }
}
