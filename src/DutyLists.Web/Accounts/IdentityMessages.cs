using Microsoft.AspNetCore.Identity;

namespace DutyLists.Web.Accounts;

/// <summary>Identity's error codes in the app's language; Identity itself describes them in English.</summary>
public static class IdentityMessages
{
    public static string Describe(IdentityResult result) =>
        string.Join("；", result.Errors.Select(e => Describe(e)));

    private static string Describe(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "密码太短，至少 10 位",
        "PasswordRequiresDigit" => "密码须包含数字",
        "PasswordRequiresLower" => "密码须包含小写字母",
        "PasswordRequiresUpper" => "密码须包含大写字母",
        "PasswordRequiresNonAlphanumeric" => "密码须包含符号",
        "PasswordRequiresUniqueChars" => "密码中不同的字符太少",
        "DuplicateUserName" => "用户名已被使用",
        "InvalidUserName" => "用户名无效",
        "PasswordMismatch" => "原密码不正确",
        CommonPasswordValidator.CommonCode => "密码太常见，容易被猜中（如 password12、1234567890、woaini1314），请换一个",
        CommonPasswordValidator.ContainsUserNameCode => "密码不能包含用户名",
        "ConcurrencyFailure" => "账户正被同时更改，请刷新后重试",
        "UserAlreadyHasPassword" => "账户已有密码",
        _ => error.Description,
    };
}
