using DutyLists.Import.Model;
using DutyLists.Import.Sheets;

namespace DutyLists.Data.Importing;

/// <summary>
/// Which lists an import revises, keeps or empties, and how the preview says so. A document that carries only some of
/// the three lists (one tab of an export, a revised reclaimed list on its own) revises only those unless the admin
/// chose to replace the whole set.
/// </summary>
public sealed record ListCoverage
{
    /// <summary>Lists the document carries; the import revises them.</summary>
    public required IReadOnlyList<DutyKind> Revised { get; init; }

    /// <summary>Lists of the current revision that the document lacks and that stay as they are.</summary>
    public IReadOnlyList<DutyKind> Kept { get; init; } = [];

    /// <summary>Lists of the current revision that the document lacks and that the import empties (<see cref="ImportScope.AllLists"/>).</summary>
    public IReadOnlyList<DutyKind> Emptied { get; init; } = [];

    /// <param name="document">The lists the document carries.</param>
    /// <param name="current">The lists the township's current revision holds (empty for a new township).</param>
    /// <param name="scope">Whether lists the document lacks are kept or emptied.</param>
    public static ListCoverage Of(IReadOnlyCollection<DutyKind> document, IReadOnlyCollection<DutyKind> current, ImportScope scope)
    {
        var absent = current.Where(k => !document.Contains(k)).Distinct().Order().ToList();
        return new ListCoverage
        {
            Revised = [.. document.Distinct().Order()],
            Kept = scope == ImportScope.ListsInDocument ? absent : [],
            Emptied = scope == ImportScope.AllLists ? absent : [],
        };
    }

    /// <summary>
    /// What the admin should read before confirming, in words: which lists stay as they are, or are emptied. Empty
    /// when the document carries every list the township has.
    /// </summary>
    public IReadOnlyList<string> Notices(int? currentRevisionNumber)
    {
        var notices = new List<string>();
        if (Kept.Count == 0 && Emptied.Count == 0)
        {
            return notices;
        }

        var carried = $"本文件只含{Quoted(Revised)}";
        var revision = currentRevisionNumber is int n ? $"第 {n} 版的" : "当前的";
        if (Kept.Count > 0)
        {
            notices.Add($"{carried}；{Names(Kept)}保持不变（沿用{revision}内容）。如要清空这些清单，请选择“替换全部清单”后重新上传。");
        }

        if (Emptied.Count > 0)
        {
            notices.Add($"{carried}；已选择“替换全部清单”：确认后{Names(Emptied)}将被清空（删除其全部事项）。");
        }

        return notices;
    }

    /// <summary>The list names for a sentence: <c>基本履职事项和配合履职事项</c>.</summary>
    public static string Names(IEnumerable<DutyKind> kinds)
    {
        var names = kinds.Select(DutySheetColumns.ListValue).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join("、", names[..^1]) + "和" + names[^1];
    }

    private static string Quoted(IEnumerable<DutyKind> kinds) =>
        string.Join("、", kinds.Select(k => $"“{DutySheetColumns.ListValue(k)}清单”"));
}
