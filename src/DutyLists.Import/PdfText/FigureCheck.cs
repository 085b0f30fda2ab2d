using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>Compares what a document declares about itself with what was read from its lists.</summary>
internal static class FigureCheck
{
    private static readonly Dictionary<DutyKind, string> ListNames = ListHeadings.Names.ToDictionary(n => n.Kind, n => n.Name);

    /// <summary>One warning per declared figure that differs; <paramref name="lineOf"/> finds the line declaring it.</summary>
    public static List<ImportWarning> Compare(
        DeclaredFigures declared,
        IReadOnlyList<ParsedDuty> duties,
        string file,
        Func<string, int> lineOf)
    {
        var warnings = new List<ImportWarning>();
        // The unit after the figure tells "18 个类别" from "18公里" when looking for the declaring line.
        void Check(int? expected, int actual, string what, string unit)
        {
            if (expected is { } value && value != actual)
            {
                warnings.Add(new ImportWarning(file, lineOf(value + unit), $"{what}：文档说明为 {value}，实际读到 {actual}"));
            }
        }

        Check(declared.Total, duties.Count, "履职事项总数", "项");
        foreach (var (kind, name) in ListNames)
        {
            var ofKind = duties.Where(d => d.Kind == kind).ToList();
            if (declared.Duties.TryGetValue(kind, out var count))
            {
                Check(count, ofKind.Count, $"{name}事项数", "项");
            }

            if (declared.Categories.TryGetValue(kind, out var categories))
            {
                Check(categories, ofKind.Select(d => d.Category).Distinct().Count(), $"{name}类别数", "个类别");
            }

            if (declared.Departments.TryGetValue(kind, out var departments))
            {
                Check(departments, DepartmentsOf(ofKind).Count, $"{name}涉及部门数", "个部门");
            }
        }

        return warnings;
    }

    /// <summary>Distinct departments of a list: the cooperative departments, or the reclaimed lists' takers-over.</summary>
    public static HashSet<string> DepartmentsOf(IEnumerable<ParsedDuty> duties) =>
    [
        .. duties.SelectMany(d => d.Departments.Concat(d.Takeovers.Select(t => t.Department).OfType<string>())),
    ];
}
