using System.Text.RegularExpressions;

namespace DutyLists.Import.Cells;

/// <summary>What a department name looks like in these documents: an administrative prefix and an organ suffix.</summary>
public static partial class DepartmentName
{
    /// <summary>
    /// The administrative prefix a name starts with: 县, 州, 区, 市, 自治区, or a named unit such as 木垒县 / 昌吉州.
    /// 市 followed by 场 is the start of 市场监督管理局, not a city prefix.
    /// </summary>
    public static string? Prefix(string name)
    {
        var match = PrefixPattern().Match(name);
        return match.Success ? match.Value : null;
    }

    /// <summary>Whether the name is one token that looks like a department (ends with 局, 部, 委员会…).</summary>
    public static bool LooksLikeDepartment(string token) => Whole().IsMatch(token);

    /// <summary>A prefixed department name standing alone as a token, e.g. the label in 001 #80 <c>县委宣传部 1.按要求…</c>.</summary>
    public static bool IsPrefixedDepartment(string token) => LooksLikeDepartment(token) && Prefix(token) is not null;

    /// <summary>
    /// A department label: a department name followed by a full- or half-width colon, at the start or after a space
    /// (<c>县教育局： 推送…</c>, <c>&lt;p&gt;区应急管理局:&lt;/p&gt;</c>).
    /// </summary>
    [GeneratedRegex($@"(?<=^|\s)(?<name>[^\s：:，。；;、“”]{{1,30}}?{Suffix}{Alias})[：:]")]
    public static partial Regex Label();

    /// <summary>
    /// A department label at the start of a text, allowing one PDF wrap space inside the name
    /// (003 #38 <c>区行政审批政务服 务与数据管理局：</c>); the name comes back without it.
    /// </summary>
    public static (string Name, string Text)? LeadingLabel(string text)
    {
        var match = WrappedLabel().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var joined = CellText.RemoveWhitespace(name);
        var wraps = name.Count(char.IsWhiteSpace);
        return wraps == 0 || (wraps == 1 && IsPrefixedDepartment(joined))
            ? (joined, text[match.Length..].Trim())
            : null;
    }

    /// <summary>The administrative prefix as a pattern, for lookaheads in other readers.</summary>
    public const string PrefixText = @"(?:自治区|[\p{IsCJKUnifiedIdeographs}]{0,5}?[县州区市旗](?!场))";

    /// <summary>An alias in parentheses after a name: 003 #41 <c>区农牧局(区水务局)</c>.</summary>
    public const string Alias = @"(?:[（(][^）)\s]{1,20}[）)])?";

    [GeneratedRegex($@"^(?<name>[^\s：:，。；;、“”][^：:，。；;、“”]{{0,30}}?{Suffix}{Alias})[：:]")]
    private static partial Regex WrappedLabel();

    /// <summary>How department names end: 局, 部, 委员会, and short forms such as 残联 (004 reclaimed #10 <c>吉木萨尔县残联：</c>).</summary>
    public const string Suffix = "(?:局|部|委员会|政法委|办公室|联合会|大队|中心|法院|公司|政府|残联|编办)";

    [GeneratedRegex($"^{PrefixText}")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex($@"^[^\s：:，。；;、“”]{{2,30}}{Suffix}{Alias}$")]
    private static partial Regex Whole();
}
