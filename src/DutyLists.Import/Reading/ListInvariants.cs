using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Reading;

/// <summary>
/// What every list must satisfy before anything is stored, whichever reader read it: each item has a name, and a
/// category that looks like one (or the item is flagged). A reader that lost the table's structure (a raw
/// <c>pdftotext</c> dump, a list of another kind under a duty-list heading) leaves many items failing these; such a
/// document is refused as unreadable rather than imported with silent loss.
/// </summary>
public static class ListInvariants
{
    /// <summary>Failures a list may have before the document is refused, whatever its length.</summary>
    public const int ToleratedFailures = 2;

    /// <summary>The share of a list's items that may fail (beyond <see cref="ToleratedFailures"/>) before it is refused.</summary>
    public const double ToleratedShare = 0.05;

    /// <summary>How many failures a refusal names; the count says how many there were in all.</summary>
    private const int NamedFailures = 3;

    /// <summary>The suggestion every such refusal ends with.</summary>
    public const string Suggestion = "文件中的表格结构可能已丢失（例如用 pdftotext 或复制粘贴从 PDF 得到的文字，或不是履职事项清单的表格）；请上传 Word 或 PDF 原件";

    /// <summary>One item that breaks an invariant.</summary>
    public sealed record Failure(ParsedDuty Duty, string Reason);

    /// <summary>
    /// Checks a parsed list: flags the items whose category does not look like one, and refuses the document when
    /// more than a small share of a list's items fail. Returns the list with those items flagged.
    /// </summary>
    public static ParsedList Apply(ParsedList list)
    {
        var failures = new List<Failure>();
        var duties = new List<ParsedDuty>(list.Duties.Count);
        foreach (var duty in list.Duties)
        {
            var problems = Problems(duty).ToList();
            if (problems.Count == 0)
            {
                duties.Add(duty);
                continue;
            }

            failures.AddRange(problems.Select(p => new Failure(duty, p)));
            duties.Add(Flag(duty, problems));
        }

        foreach (var kind in list.Lists)
        {
            var items = list.Duties.Count(d => d.Kind == kind);
            var failed = failures.Where(f => f.Duty.Kind == kind).ToList();
            var failedItems = failed.Select(f => f.Duty).Distinct().Count();
            if (failedItems > Allowed(items))
            {
                throw Refuse(list.FileName, kind, items, failedItems, failed);
            }
        }

        return failures.Count == 0 ? list : list with { Duties = duties };
    }

    /// <summary>How many failing items a list of this length may have and still be read.</summary>
    public static int Allowed(int items) => Math.Max(ToleratedFailures, (int)Math.Floor(items * ToleratedShare));

    /// <summary>Why one item breaks an invariant; empty when it does not.</summary>
    public static IEnumerable<string> Problems(ParsedDuty duty)
    {
        if (CellText.RemoveWhitespace(duty.Name).Length == 0)
        {
            yield return "没有事项名称";
        }

        if (ListVocabulary.CategoryProblem(duty.Category) is { } category)
        {
            yield return category;
        }
    }

    private static ParsedDuty Flag(ParsedDuty duty, IReadOnlyList<string> problems)
    {
        var reason = string.Join("；", problems);
        return duty with
        {
            Confidence = Math.Min(duty.Confidence, 0.5),
            ReviewReason = duty.ReviewReason is null ? reason : $"{duty.ReviewReason}；{reason}",
        };
    }

    private static DocumentRejectedException Refuse(string file, DutyKind kind, int items, int failedItems, List<Failure> failed)
    {
        var perItem = failed.GroupBy(f => f.Duty).ToList();
        var named = perItem.Take(NamedFailures).Select(g => $"第{g.Key.Line}行第{g.Key.Number}项{string.Join("、", g.Select(f => f.Reason))}");
        var more = perItem.Count > NamedFailures ? "……" : "";
        return new DocumentRejectedException(file, failed[0].Duty.Line,
            $"无法可靠读取{ListVocabulary.NameOf(kind)}：{items} 项中有 {failedItems} 项不合格（{string.Join("；", named)}{more}）。{Suggestion}");
    }
}
