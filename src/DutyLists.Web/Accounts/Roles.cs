namespace DutyLists.Web.Accounts;

/// <summary>The two roles of the app and the policies built on them.</summary>
public static class Roles
{
    /// <summary>Imports revisions, rolls back, manages accounts and department aliases; may also edit.</summary>
    public const string Admin = "Admin";

    /// <summary>Corrects duties and works through the review queue.</summary>
    public const string Editor = "Editor";

    /// <summary>Policy for editing: editors and admins.</summary>
    public const string CanEdit = "CanEdit";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];

    public static string Title(string role) => role switch
    {
        Admin => "管理员",
        Editor => "编辑",
        _ => role,
    };
}
