using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.Cells;

/// <summary>A 承接部门及工作方式 cell read into who took the duty over and how.</summary>
/// <param name="Takeovers">One entry per department named; empty when the duty is no longer done.</param>
/// <param name="Discontinued">The cell says the work is no longer done (不再开展此项工作).</param>
public sealed record TakeoverList(IReadOnlyList<Takeover> Takeovers, bool Discontinued);

/// <summary>Reads a 承接部门及工作方式 cell of a reclaimed duty.</summary>
public static partial class TakeoverCell
{
    /// <summary>
    /// Understands 000's <c>县人力资源和社会保障局 承接方式：由…</c>, 001/004's <c>木垒县民政局： 依据…</c>, repeated for several
    /// departments in one cell (004 #23), <c>不再开展此项工作</c> with no department (000 #1, #14), and 002's
    /// <c>承接部门：X 工作方式：…</c> pairs once its lines are joined with spaces.
    /// </summary>
    public static TakeoverList Parse(string cell)
    {
        var text = CellText.Collapse(HtmlBlocks.PlainText(cell));
        var pairs = LabelledPair().Matches(text);
        if (pairs.Count > 0)
        {
            return new TakeoverList([.. pairs.Select(p => new Takeover(p.Groups["department"].Value, p.Groups["method"].Value.Trim()))], false);
        }

        var method = MethodLabel().Match(text);
        if (method.Success)
        {
            return new TakeoverList([new Takeover(text[..method.Index].Trim(), text[(method.Index + method.Length)..].Trim())], false);
        }

        var labels = DepartmentName.Label().Matches(text).ToList();
        if (labels.Count > 0 && labels[0].Index == 0)
        {
            var takeovers = new List<Takeover>();
            for (var i = 0; i < labels.Count; i++)
            {
                var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
                var start = labels[i].Index + labels[i].Length;
                takeovers.Add(new Takeover(labels[i].Groups["name"].Value, text[start..end].Trim()));
            }

            return new TakeoverList(takeovers, false);
        }

        if (NoLongerDone().IsMatch(text))
        {
            return new TakeoverList([], true);
        }

        return new TakeoverList(text.Length == 0 ? [] : [new Takeover(null, text)], false);
    }

    /// <summary>002 item 12 <c>承接部门：泽普县农业农村局：</c> carries a stray colon after the name.</summary>
    [GeneratedRegex(@"承接部门[：:]\s*(?<department>[^\s：:]+)[：:]?\s*工作方式[：:]\s*(?<method>.*?)(?=\s*承接部门[：:]|$)")]
    private static partial Regex LabelledPair();

    [GeneratedRegex(@"\s*承接方式[：:]\s*")]
    private static partial Regex MethodLabel();

    [GeneratedRegex(@"不再开展|不再对.{0,4}进行考核|已失效")]
    private static partial Regex NoLongerDone();
}
