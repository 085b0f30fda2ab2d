using DutyLists.Import.Model;

namespace DutyLists.Web.Api;

/// <summary>The URL and JSON names of the three lists (<c>basic</c>, <c>cooperative</c>, <c>reclaimed</c>) and their Chinese titles.</summary>
public static class DutyKindNames
{
    public static string ToSlug(this DutyKind kind) => kind switch
    {
        DutyKind.Basic => "basic",
        DutyKind.Cooperative => "cooperative",
        _ => "reclaimed",
    };

    public static bool TryParse(string? slug, out DutyKind kind)
    {
        switch (slug?.Trim().ToLowerInvariant())
        {
            case "basic": kind = DutyKind.Basic; return true;
            case "cooperative": kind = DutyKind.Cooperative; return true;
            case "reclaimed": kind = DutyKind.Reclaimed; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>基本履职事项 / 配合履职事项 / 上级部门收回事项.</summary>
    public static string Title(this DutyKind kind) => kind switch
    {
        DutyKind.Basic => "基本履职事项",
        DutyKind.Cooperative => "配合履职事项",
        _ => "上级部门收回事项",
    };
}
