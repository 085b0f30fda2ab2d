using System.Text.RegularExpressions;

namespace DutyLists.Import.Cells;

/// <summary>The departments named in a 对应上级部门 cell, and its generic tail if it has one.</summary>
/// <param name="Departments">One full name per department, in the order written.</param>
/// <param name="OtherDepartments">A generic tail such as 其他负有安全生产监督管理职责的部门, or null.</param>
public sealed record DepartmentList(IReadOnlyList<string> Departments, string? OtherDepartments);

/// <summary>Reads a 对应上级部门 cell into department names.</summary>
public static partial class DepartmentCell
{
    /// <summary>
    /// Splits on 、，, and whitespace (and HTML), re-joins names a PDF wrap split with a space, and restores a prefix
    /// that a run elided (000 <c>县人力资源和社会保障局、财政局</c> → 县人力资源和社会保障局, 县财政局).
    /// </summary>
    public static DepartmentList Parse(string cell)
    {
        var text = HtmlBlocks.PlainText(cell);
        var (rest, other) = SplitGenericTail(text);
        var names = new List<string>();
        string? runPrefix = null;
        var runIsParty = false;
        foreach (var (separator, fragment) in Fragments(rest))
        {
            var prefix = DepartmentName.Prefix(fragment);
            if (prefix is null && separator == Separator.Space && names.Count > 0)
            {
                // 003 #38 "区行政审批政务服 务与数据管理局": a wrap space, not a separator, so the piece belongs to the previous name.
                names[^1] += fragment;
            }
            else if (prefix is null && runPrefix is not null)
            {
                names.Add(InheritPrefix(runPrefix, runIsParty, fragment));
            }
            else
            {
                names.Add(fragment);
                if (prefix is not null)
                {
                    runPrefix = prefix;
                    runIsParty = fragment.Length > prefix.Length && fragment[prefix.Length] == '委';
                }
            }
        }

        return new DepartmentList(names, other);
    }

    /// <summary>
    /// The prefix an elided name takes from its run: 县委 for a party organ after a 县委 name
    /// (<c>县委组织部、机构编制委员会办公室</c> → 县委机构编制委员会办公室), the plain prefix otherwise
    /// (<c>县委政法委员会、县司法局、卫生健康委员会</c> → 县卫生健康委员会).
    /// </summary>
    public static string InheritPrefix(string runPrefix, bool runIsParty, string fragment) =>
        (runIsParty && IsPartyOrgan(fragment) ? runPrefix + "委" : runPrefix) + fragment;

    /// <summary>Party organs are 部 (组织部, 统一战线工作部) and the committees' offices (机构编制委员会办公室).</summary>
    public static bool IsPartyOrgan(string name) =>
        name.EndsWith('部') || name.Contains("委员会办公室", StringComparison.Ordinal) || name.StartsWith("政法委", StringComparison.Ordinal);

    /// <summary>
    /// Splits off a generic tail: <c>等其他负有安全生产监督管理职责的部门</c> (000 #102), <c>及其他负有…部门</c> (001 #86),
    /// <c>等部门和其他行业主管部门</c> (003 #33), a bare <c>其他行业主管部门</c> (003 #27) and <c> 等部门</c> (003 #38).
    /// </summary>
    public static (string Names, string? Other) SplitGenericTail(string text)
    {
        text = text.Trim();
        foreach (var pattern in TailPatterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (text[..match.Index].Trim(), match.Groups["other"].Value);
            }
        }

        return (text, null);
    }

    private static readonly Regex[] TailPatterns = [AndOthers(), OtherKind(), EtCetera()];

    private enum Separator
    {
        None,
        Punctuation,
        Space,
    }

    private static IEnumerable<(Separator Separator, string Fragment)> Fragments(string text)
    {
        var separator = Separator.None;
        foreach (Match match in Piece().Matches(text))
        {
            if (match.Groups["name"].Success)
            {
                yield return (separator, match.Value);
                separator = Separator.None;
            }
            else
            {
                separator = match.Value.Any(c => !char.IsWhiteSpace(c)) ? Separator.Punctuation : Separator.Space;
            }
        }
    }

    [GeneratedRegex(@"(?<name>[^、，,\s]+)|[、，,\s]+")]
    private static partial Regex Piece();

    [GeneratedRegex(@"\s*等部门和(?<other>其他\S*?部门)$")]
    private static partial Regex AndOthers();

    [GeneratedRegex(@"(?:(?<=\s)|等|及|^)(?<other>其他\S*?部门)$")]
    private static partial Regex OtherKind();

    [GeneratedRegex(@"\s*(?<other>等部门)$")]
    private static partial Regex EtCetera();
}
