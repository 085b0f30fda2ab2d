using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// The 说明 before the lists: its paragraphs, and the figures it declares (<c>共有履职事项 293 项</c>,
/// <c>20 个类别</c>, <c>涉及 35 个部门（单位）</c>).
/// </summary>
internal static partial class Introduction
{
    /// <summary>
    /// Paragraphs of the preamble. The export puts a blank line between every wrapped line (002 L5-13), so a blank
    /// line does not end a paragraph; a short line, a run of blank lines or a numbered sub-heading (<c>二、编制过程</c>) does.
    /// </summary>
    public static List<string> Paragraphs(IReadOnlyList<PdfLine> preamble)
    {
        var content = preamble
            .Where(l => !NoiseLines.IsNoise(l.Raw) && !TableHeader.IsFragment(l.Raw))
            .ToList();
        if (content.Count == 0)
        {
            return [];
        }

        var fullWidth = content.Max(l => l.Width);
        var paragraphs = new List<string>();
        var current = "";
        var previousNumber = 0;
        foreach (var line in content)
        {
            var text = line.Text;
            var gap = line.Number - previousNumber;
            var startsNew = current.Length == 0 || SubHeading().IsMatch(text) || gap > 2 || SubHeading().IsMatch(current);
            if (startsNew && current.Length > 0)
            {
                paragraphs.Add(current);
                current = "";
            }

            current += text;
            previousNumber = line.Number;
            if (line.Width < fullWidth * 0.85)
            {
                paragraphs.Add(current);
                current = "";
            }
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current);
        }

        // A title set letter-spaced (<c>说 明</c>) is the section's name, not its content.
        return [.. paragraphs.Where(p => !IsTitle(p))];
    }

    private static bool IsTitle(string paragraph) =>
        paragraph.Replace(" ", "", StringComparison.Ordinal) is "说明" or "编制说明";

    /// <summary>The figures the paragraphs declare; null when they declare none.</summary>
    public static DeclaredFigures? Figures(IReadOnlyList<string> paragraphs)
    {
        var text = string.Concat(paragraphs).Replace(" ", "", StringComparison.Ordinal);
        var total = FirstNumber(TotalDeclared(), text);
        var duties = new Dictionary<DutyKind, int>();
        var categories = new Dictionary<DutyKind, int>();
        var departments = new Dictionary<DutyKind, int>();
        foreach (var (kind, listName) in ListHeadings.Names)
        {
            if (FirstNumber(ListVocabulary.ItemsDeclared(kind), text) is { } count)
            {
                duties[kind] = count;
            }

            // The paragraph describing a list starts with its name: 配合履职事项清单是…17个类别…涉及35个部门（单位）。
            var about = paragraphs
                .Select(p => p.Replace(" ", "", StringComparison.Ordinal))
                .FirstOrDefault(p => p.StartsWith(listName, StringComparison.Ordinal));
            if (about is null)
            {
                continue;
            }

            if (FirstNumber(CategoriesDeclared(), about) is { } categoryCount)
            {
                categories[kind] = categoryCount;
            }

            if (FirstNumber(DepartmentsDeclared(), about) is { } departmentCount)
            {
                departments[kind] = departmentCount;
            }

            if (!duties.ContainsKey(kind) && FirstNumber(ListVocabulary.ListTotalDeclared(), about) is { } listed)
            {
                duties[kind] = listed;
            }
        }

        if (total is null && duties.Count == 0 && categories.Count == 0 && departments.Count == 0)
        {
            return null;
        }

        return new DeclaredFigures { Total = total, Duties = duties, Categories = categories, Departments = departments };
    }

    private static int? FirstNumber(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S{2,10}$")]
    private static partial Regex SubHeading();

    private static Regex TotalDeclared() => ListVocabulary.TotalDeclared();

    private static Regex CategoriesDeclared() => ListVocabulary.CategoriesDeclared();

    private static Regex DepartmentsDeclared() => ListVocabulary.DepartmentsDeclared();
}
