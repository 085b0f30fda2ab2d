using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
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
            if (cellStart < 0 && DepartmentLabelled(chunk, body, category) is { } labelled)
            {
                duties.Add(labelled);
                continue;
            }

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
    /// A row whose 承接部门及工作方式 cell is written <c>县民政局： 负责…</c> (documents laid out like 001 and 004) rather than
    /// in <c>承接部门：</c> / <c>工作方式：</c> pairs. The cell starts at the first department label that opens a line, or
    /// follows a space on the row's first line (<c>2 民生服务 收养登记 吉木萨尔县民政局： 负责收养登记。</c>); the name is
    /// the wrapped text before it, the cell is read as the TAB reader reads it. Null when no line has such a label.
    /// </summary>
    private static ParsedDuty? DepartmentLabelled(RowItems.Chunk chunk, List<PdfLine?> body, string category)
    {
        var lines = new List<(string Text, int Line)>();
        if (chunk.RestOfStart.Length > 0)
        {
            lines.Add((chunk.RestOfStart, chunk.Start.Number));
        }

        lines.AddRange(body.OfType<PdfLine>().Select(l => (l.Text, l.Number)));
        int labelLine = -1, labelAt = -1;
        for (var i = 0; i < lines.Count && labelLine < 0; i++)
        {
            var label = DepartmentName.Label().Match(lines[i].Text);
            if (label.Success && (label.Index == 0 || i == 0))
            {
                (labelLine, labelAt) = (i, label.Index);
            }
        }

        if (labelLine < 0)
        {
            return null;
        }

        var name = string.Concat(lines.Take(labelLine).Select(l => l.Text)) + lines[labelLine].Text[..labelAt].Trim();
        // When the name and the method share the row's first line, their wrapped lines share baselines too: a
        // later line holding both (核发 记、证书和牌照核发。, a row split by a page break) is split at the space.
        var sideBySide = labelLine == 0 && labelAt > 0;
        // A new department label opens a line; any other line continues the method above it.
        var cell = new System.Text.StringBuilder(lines[labelLine].Text[labelAt..]);
        var reasons = new List<string>();
        var confidence = 1.0;
        foreach (var (text, _) in lines.Skip(labelLine + 1))
        {
            var label = DepartmentName.Label().Match(text);
            var interleaved = !label.Success && InterleavedColumns().IsMatch(text);
            if (interleaved && sideBySide)
            {
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                name += text[..space];
                cell.Append(text[(space + 1)..]);
                reasons.Add($"第 {chunk.Start.Number} 行起的事项有一行同时含有事项名称和工作方式（“{text}”），已按空格拆开，请核对");
                confidence = Math.Min(confidence, 0.8);
                continue;
            }

            cell.Append(label is { Success: true, Index: 0 } ? "\n" : "").Append(text);
            if (interleaved)
            {
                reasons.Add($"第 {chunk.Start.Number} 行起的事项有一行同时含有两栏的文字（“{text}”），事项名称和工作方式可能混在一起");
                confidence = Math.Min(confidence, 0.6);
            }
        }

        var takeovers = TakeoverCell.Parse(cell.ToString());
        if (name.Length == 0)
        {
            reasons.Add("没有找到事项名称");
            confidence = Math.Min(confidence, 0.6);
        }

        return new ParsedDuty
        {
            Kind = DutyKind.Reclaimed,
            Number = chunk.Number,
            Category = category,
            Name = name,
            Line = chunk.Start.Number,
            Takeovers = takeovers.Takeovers,
            Discontinued = takeovers.Discontinued,
            TakeoverText = cell.ToString(),
            Confidence = confidence,
            ReviewReason = reasons.Count == 0 ? null : string.Join("；", reasons),
            SourceLines = reasons.Count == 0 ? [] : [.. lines.Select(l => l.Text)],
        };
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

    /// <summary>Two Chinese runs on one line separated by a space: a wrapped name and a wrapped method side by side.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）]{1,12} [\p{IsCJKUnifiedIdeographs}、，。（）]")]
    private static partial Regex InterleavedColumns();

    [GeneratedRegex(@"^承接部门[：:]\s*(.+)$")]
    private static partial Regex TakeoverLabel();

    [GeneratedRegex(@"^工作方式[：:]\s*(.*)$")]
    private static partial Regex MethodLabel();
}
