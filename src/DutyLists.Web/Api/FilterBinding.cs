using System.Globalization;
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

    /// <summary>
    /// A positive integer parameter (a page number, a revision): null when absent; a value that is not one, repeated
    /// or out of <paramref name="max"/>, is an error naming it.
    /// </summary>
    public static int? Positive(IQueryCollection query, string name, Dictionary<string, string[]> errors, int max = int.MaxValue)
    {
        var values = query[name];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors[name] = [$"{name} 只能出现一次"];
            return null;
        }

        if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            var text = values[0]!.Length <= 40 ? values[0] : values[0]![..40] + "…";
            errors[name] = [max == int.MaxValue ? $"{name} 应为正整数，而不是“{text}”" : $"{name} 应为 1 到 {max} 之间的整数，而不是“{text}”"];
            return null;
        }

        return number;
    }
}
