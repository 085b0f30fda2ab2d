using DutyLists.Data.Model;
using DutyLists.Data.Search;
using DutyLists.Import.Model;

namespace DutyLists.Data.Importing;

/// <summary>Turns a parsed duty into its entity, resolving category and department names.</summary>
internal static class DutyMapper
{
    public static Duty ToEntity(ParsedDuty parsed, CategoryResolver categories, DepartmentResolver departments)
    {
        Duty duty = parsed.Kind switch
        {
            DutyKind.Basic => new BasicDuty { Name = parsed.Name },
            DutyKind.Cooperative => new CooperativeDuty
            {
                Name = parsed.Name,
                OtherDepartments = parsed.OtherDepartments,
                Departments = [.. parsed.Departments.Select((name, i) => ToDutyDepartment(name, i, departments))],
                Responsibilities =
                [
                    .. Entries(parsed.DepartmentResponsibilities, ResponsibilityPart.Department),
                    .. Entries(parsed.TownshipResponsibilities, ResponsibilityPart.Township),
                    .. Entries(parsed.Support, ResponsibilityPart.Support),
                ],
            },
            DutyKind.Reclaimed => new ReclaimedDuty
            {
                Name = parsed.Name,
                Discontinued = parsed.Discontinued,
                TakeoverText = parsed.TakeoverText,
                Takeovers =
                [
                    .. parsed.Takeovers.Select((t, i) => ToTakeover(t, i, departments)),
                ],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(parsed), parsed.Kind, "Unknown duty kind."),
        };

        var category = categories.Resolve(parsed.Category);
        duty.Kind = parsed.Kind;
        duty.Number = parsed.Number;
        duty.Category = category;
        duty.CategoryAsWritten = category.Name == parsed.Category ? null : parsed.Category;
        duty.SourceLine = parsed.Line;
        duty.Confidence = parsed.Confidence;
        duty.ReviewReason = parsed.ReviewReason;
        duty.SourceText = parsed.SourceLines.Count == 0 ? null : string.Join('\n', parsed.SourceLines);
        duty.SearchText = SearchText(parsed, category.Name);
        duty.NormalizedName = TextNormalization.ForMatching(parsed.Name);
        return duty;
    }

    private static string SearchText(ParsedDuty parsed, string category) =>
        string.Join('\n', new[] { category, parsed.Category, parsed.Name, parsed.OtherDepartments, parsed.TakeoverText }
            .Concat(parsed.Departments)
            .Concat(parsed.Takeovers.Select(t => t.Department))
            .Concat(parsed.DepartmentResponsibilities.Concat(parsed.TownshipResponsibilities).Concat(parsed.Support).Select(i => i.Text))
            .Where(t => !string.IsNullOrEmpty(t))
            .Distinct(StringComparer.Ordinal));

    private static DutyDepartment ToDutyDepartment(string name, int order, DepartmentResolver departments)
    {
        var department = departments.Resolve(name);
        return new DutyDepartment { Order = order, Department = department, NameAsWritten = department.Name == name ? null : name };
    }

    private static TakeoverEntry ToTakeover(Takeover takeover, int order, DepartmentResolver departments)
    {
        var department = takeover.Department is null ? null : departments.Resolve(takeover.Department);
        return new TakeoverEntry
        {
            Order = order,
            Department = department,
            DepartmentAsWritten = department is null || department.Name == takeover.Department ? null : takeover.Department,
            Method = takeover.Method,
        };
    }

    private static IEnumerable<ResponsibilityEntry> Entries(IReadOnlyList<ResponsibilityItem> items, ResponsibilityPart part) =>
        items.Select((item, i) => new ResponsibilityEntry { Part = part, Order = i, Number = item.Number, Text = item.Text, IsHeading = item.IsHeading });
}
