namespace DutyLists.Import.PdfText;

/// <summary>
/// Plausibility checks on a cooperative item once it has been rebuilt from fragments. Each returns what looks wrong
/// (or null); the assembler turns it into a review reason, so that a misassembled name or department list is never
/// presented as certain. None of them fires on 002; they catch the mis-assemblies of the 004 PDF fixture.
/// </summary>
internal static class RebuiltItemChecks
{
    /// <summary>
    /// The shortest real duty names are a verb and its object, four characters (002 <c>地名管理</c>); anything shorter
    /// is a wrapped name's last line (<c>工作</c>, <c>作</c>) taken for a whole name.
    /// </summary>
    private const int ShortestName = 4;

    /// <summary>
    /// pdftotext -raw puts cells that share a baseline on one line, separated by a space; a name cell is one column
    /// and wraps without spaces, so a space means text of a neighbouring cell was glued to the name.
    /// </summary>
    public static bool NameHasGluedCells(string name) => name.Any(char.IsWhiteSpace);

    public static bool NameTooShort(string name) => name.Length is > 0 and < ShortestName;

    /// <summary>A name holding a place prefix is a department cell (<c>吉木萨尔县林</c>) read into the name.</summary>
    public static string? PlaceInName(string name, IEnumerable<string> places) =>
        places.FirstOrDefault(place => name.Contains(place, StringComparison.Ordinal));

    /// <summary>A name holding <c>；</c> or a numbered entry (<c>1.对上级…</c>) has duty text read into it.</summary>
    public static bool NameHoldsResponsibilityText(string name) =>
        name.Contains('；') || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(ResponsibilityText.StartsEntry);

    /// <summary>
    /// Every department of the list names its place (<c>泽普县…</c>, <c>…吉木萨尔分局</c>); one that does not is the
    /// second half of a wrapped name split off from its first (<c>业和草原局</c>, <c>村局</c>).
    /// </summary>
    public static string? DepartmentWithoutPlace(IEnumerable<string> departments, IReadOnlyCollection<string> places)
    {
        if (places.Count == 0)
        {
            return null;
        }

        var stems = places.Select(p => p.Length >= 3 && p[^1] is '县' or '区' or '旗' ? p[..^1] : p).ToList();
        return departments.FirstOrDefault(d => !stems.Any(stem => d.Contains(stem, StringComparison.Ordinal)));
    }
}
