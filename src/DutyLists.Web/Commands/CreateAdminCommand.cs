using DutyLists.Data.Auditing;
using DutyLists.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DutyLists.Web.Commands;

/// <summary>
/// <c>create-admin &lt;name&gt;</c>: the first admin account. The password comes from the environment variable
/// <see cref="PasswordVariable"/> or the first line of standard input, never from a default. Typed at a terminal, it
/// is not echoed.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "DUTYLISTS_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await error.WriteLineAsync("用法：create-admin <用户名>（密码从环境变量 " + PasswordVariable + " 或标准输入读取）");
            return 2;
        }

        var name = args[0].Trim();
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
            {
                await output.WriteAsync($"请输入 {name} 的密码（至少 10 位，含数字和小写字母，不能是常见密码；输入时不显示）：");
                password = ReadHidden(() => Console.ReadKey(intercept: true), output);
            }
            else
            {
                password = await input.ReadLineAsync();
            }
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"没有读到密码：请在标准输入给出密码，或设置环境变量 {PasswordVariable}。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(name) is not null)
        {
            await error.WriteLineAsync($"用户 {name} 已存在，未做任何更改。");
            return 1;
        }

        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"无法创建用户 {name}：{IdentityMessages.Describe(created)}");
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync("cli", AuditAction.AccountCreated, $"在命令行创建管理员 {name}");
        await output.WriteLineAsync($"已创建管理员 {name}。");
        return 0;
    }

    /// <summary>Reads keys up to Enter without showing them; Backspace deletes the last character.</summary>
    internal static string ReadHidden(Func<ConsoleKeyInfo> readKey, TextWriter output)
    {
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = readKey();
            if (key.Key == ConsoleKey.Enter)
            {
                output.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
