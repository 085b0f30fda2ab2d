namespace DutyLists.Data.Auditing;

/// <summary>The kinds of action the audit log records.</summary>
public static class AuditAction
{
    public const string Import = "import";
    public const string Rollback = "rollback";
    public const string Correction = "correction";
    public const string DepartmentMerge = "department-merge";
    public const string DepartmentAlias = "department-alias";
    public const string AccountCreated = "account-created";
    public const string AccountChanged = "account-changed";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";

    /// <summary>Every kind, in the order a filter lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Import, Rollback, Correction, DepartmentMerge, DepartmentAlias, AccountCreated, AccountChanged, SignIn, SignInFailed];

    public static string Title(string action) => action switch
    {
        Import => "导入",
        Rollback => "设为当前版本",
        Correction => "更正",
        DepartmentMerge => "合并部门",
        DepartmentAlias => "部门别名",
        AccountCreated => "创建账户",
        AccountChanged => "修改账户",
        SignIn => "登录",
        SignInFailed => "登录失败",
        _ => action,
    };
}
