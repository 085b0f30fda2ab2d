using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// 上级部门收回事项清单 of a PDF export: each row's 承接部门及工作方式 cell comes out as <c>承接部门：X</c> /
/// <c>工作方式：…</c> line pairs, one pair per taking-over department.
/// </summary>
internal static partial class ReclaimedListReader
{
    public static List<ParsedDuty> Read(IReadOnlyList<PdfLine> lines, KnownCategories categories)
    {
        var duties = new List<ParsedDuty>();
        foreach (var chunk in RowItems.Split(lines))
        {
            var body = chunk.Body.ToList();
            var category = WrappedCategory.Complete(chunk, body, categories);
            var cellStart = body.FindIndex(l => l is { } line && TakeoverLabel().IsMatch(line.Text));
            var before = cellStart < 0 ? body : body[..cellStart];
            var cell = cellStart < 0 ? [] : body[cellStart..].OfType<PdfLine>().ToList();

            var (name, discontinuedText) = NameAndDiscontinuedText(chunk.RestOfStart, before, hasTakeover: cell.Count > 0);
            var takeovers = Takeovers(cell);
            var text = takeovers.Count > 0 ? CellText(cell) : discontinuedText;
            duties.Add(new ParsedDuty
            {
                Kind = DutyKind.Reclaimed,
                Number = chunk.Number,
                Category = category,
                Name = name,
                Line = chunk.Start.Number,
                Takeovers = takeovers,
                Discontinued = takeovers.Count == 0,
                TakeoverText = text,
            });
        }

        return duties;
    }

    /// <summary>
    /// The name, and for a duty no longer done the text saying so. The name is the first paragraph after the
    /// number and category; the statement follows it after a blank line (item 7), or on the same line after a
    /// space when the name fits the row (<c>6 民生服务 对完成城镇新增就业人数任务的考核 落实党中央…</c>, 002 L6272).
    /// </summary>
    private static (string Name, string? Text) NameAndDiscontinuedText(string restOfStart, List<PdfLine?> before, bool hasTakeover)
    {
        var paragraphs = RowItems.Paragraphs(before);
        if (restOfStart.Length > 0)
        {
            var nameOnStart = restOfStart;
            string? textOnStart = null;
            var space = restOfStart.IndexOf(' ', StringComparison.Ordinal);
            if (!hasTakeover && space > 0)
            {
                nameOnStart = restOfStart[..space];
                textOnStart = restOfStart[(space + 1)..].Trim();
            }

            var rest = string.Concat(paragraphs.Select(RowItems.JoinWrapped));
            if (textOnStart is null && rest.Length > 0 && !hasTakeover)
            {
                textOnStart = rest;
                rest = "";
            }

            return (nameOnStart + rest, textOnStart);
        }

        var name = paragraphs.Count > 0 ? RowItems.JoinWrapped(paragraphs[0]) : "";
        var text = string.Concat(paragraphs.Skip(1).Select(RowItems.JoinWrapped));
        return (name, text.Length > 0 ? text : null);
    }

    /// <summary>One takeover per <c>承接部门：</c> line; the <c>工作方式：</c> text runs until the next one.</summary>
    private static List<Takeover> Takeovers(List<PdfLine> cell)
    {
        var takeovers = new List<Takeover>();
        string? department = null;
        var method = "";
        foreach (var line in cell)
        {
            if (TakeoverLabel().Match(line.Text) is { Success: true } label)
            {
                if (department is not null)
                {
                    takeovers.Add(new Takeover(department, method));
                }

                department = DepartmentWithoutStrayColon(label.Groups[1].Value);
                method = "";
            }
            else if (MethodLabel().Match(line.Text) is { Success: true } m)
            {
                method += m.Groups[1].Value;
            }
            else
            {
                method += line.Text;
            }
        }

        if (department is not null)
        {
            takeovers.Add(new Takeover(department, method));
        }

        return takeovers;
    }

    /// <summary><c>承接部门：泽普县农业农村局：</c> (002 L6310) carries a colon after the name.</summary>
    public static string DepartmentWithoutStrayColon(string department) => department.Trim().TrimEnd('：', ':');

    /// <summary>The cell as written: one line per label, wrapped lines joined.</summary>
    private static string CellText(List<PdfLine> cell)
    {
        var parts = new List<string>();
        foreach (var line in cell)
        {
            if (parts.Count == 0 || TakeoverLabel().IsMatch(line.Text) || MethodLabel().IsMatch(line.Text))
            {
                parts.Add(line.Text);
            }
            else
            {
                parts[^1] += line.Text;
            }
        }

        return string.Join("\n", parts);
    }

    [GeneratedRegex(@"^承接部门[：:]\s*(.+)$")]
    private static partial Regex TakeoverLabel();

    [GeneratedRegex(@"^工作方式[：:]\s*(.*)$")]
    private static partial Regex MethodLabel();
}
