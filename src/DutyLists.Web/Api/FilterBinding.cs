using DutyLists.Data.Queries;
using DutyLists.Import.Model;

namespace DutyLists.Web.Api;

/// <summary>Reads <c>kind</c>, <c>category</c>, <c>department</c> and <c>q</c> from a query string; shared by the API and the pages.</summary>
public static class FilterBinding
{
    public static bool TryBind(IQueryCollection query, out DutyFilter filter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        DutyKind? kind = null;
        var kindText = query["kind"].ToString();
        if (kindText.Length > 0)
        {
            if (DutyKindNames.TryParse(kindText, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                errors["kind"] = [$"kind 只能是 basic、cooperative 或 reclaimed，而不是“{kindText}”"];
            }
        }

        var departments = new List<int>();
        foreach (var value in query["department"])
        {
            if (int.TryParse(value, out var id) && id > 0)
            {
                departments.Add(id);
            }
            else
            {
                errors["department"] = [$"department 应为部门编号（正整数），而不是“{value}”"];
            }
        }

        var q = query["q"].ToString().Trim();
        if (q.Length > 200)
        {
            errors["q"] = ["q 不能超过 200 个字符"];
        }

        filter = new DutyFilter
        {
            Kind = kind,
            Categories = [.. query["category"].Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim())],
            DepartmentIds = departments,
            Text = q.Length == 0 ? null : q,
        };
        return errors.Count == 0;
    }
}
