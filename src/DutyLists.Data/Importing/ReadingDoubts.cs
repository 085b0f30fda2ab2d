using DutyLists.Data.History;
using DutyLists.Data.Revisions;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Data.Importing;

/// <summary>
/// Settles a reader's doubts from the township's current revision. A PDF shows no space and no paragraph mark where a
/// cell's line ends, so a flagged item may read every character of the document right and still guess wrong where
/// an entry ends, a label stands alone or a space falls. When such an item holds, field by field, exactly the
/// characters of the current revision's item of the same list and number (whitespace and entry boundaries aside),
/// the document says nothing new about it: the current item is kept as it stands, with its own review state, and the
/// preview says so. Two flagged neighbours whose columns, joined across the two, hold the current pair's characters
/// are settled the same way: the reader doubted where one row ends and the next begins. Anything else a flagged item
/// reads differently stays a change, and stays flagged.
/// </summary>
public static class ReadingDoubts
{
    private const string Answer = "与现行版本逐字相同（空格和分段除外），已沿用现行版本的写法";

    /// <summary>The list with the settled items replaced, and one sentence for the preview when any were.</summary>
    public static async Task<(ParsedList List, IReadOnlyList<string> Notices)> SettleAsync(
        DutyListsDbContext db, ParsedList list, int? currentRevisionId, CancellationToken ct)
    {
        if (currentRevisionId is not { } revisionId || !list.Duties.Any(d => d.ReviewReason is not null))
        {
            return (list, []);
        }

        var current = await StoredDuties.LoadAsParsedAsync(db, revisionId, ct);
        return Settle(list, current);
    }

    internal static (ParsedList List, IReadOnlyList<string> Notices) Settle(ParsedList list, IReadOnlyList<ParsedDuty> current)
    {
        var byNumber = current.ToDictionary(d => (d.Kind, d.Number));
        var duties = list.Duties.ToList();
        var settled = new SortedDictionary<int, ParsedDuty>();
        for (var i = 0; i < duties.Count; i++)
        {
            var duty = duties[i];
            if (duty.ReviewReason is null || !byNumber.TryGetValue((duty.Kind, duty.Number), out var stored) || !SameCharacters(duty, stored))
            {
                continue;
            }

            // Read exactly as stored and flagged for the same reason (a department the county lacks): nothing to settle.
            if (duty.ReviewReason == stored.ReviewReason && DutySnapshot.AsWritten(duty).Equals(DutySnapshot.AsWritten(stored)))
            {
                continue;
            }

            settled[i] = duty;
            duties[i] = Kept(duty, stored);
        }

        // Two flagged neighbours whose columns, joined across the two, hold the current pair's characters: the reader
        // doubted where one row ends and the next begins, and the current revision says where.
        for (var i = 0; i + 1 < duties.Count; i++)
        {
            var (first, second) = (duties[i], duties[i + 1]);
            if (first.ReviewReason is null || second.ReviewReason is null || settled.ContainsKey(i) || settled.ContainsKey(i + 1)
                || first.Kind != second.Kind || second.Number != first.Number + 1
                || !byNumber.TryGetValue((first.Kind, first.Number), out var storedFirst)
                || !byNumber.TryGetValue((second.Kind, second.Number), out var storedSecond)
                || !SameCharacters(first, second, storedFirst, storedSecond))
            {
                continue;
            }

            (settled[i], settled[i + 1]) = (first, second);
            (duties[i], duties[i + 1]) = (Kept(first, storedFirst), Kept(second, storedSecond));
        }

        if (settled.Count == 0)
        {
            return (list, []);
        }

        var answered = settled.Values.ToList();

        // The reader's warning about a settled item stays, with its answer: the revision keeps what was doubted and why it was not flagged.
        var warnings = list.Warnings.Select(w => answered.Any(d => d.Line == w.Line && w.Message.EndsWith(d.ReviewReason!, StringComparison.Ordinal))
            ? w with { Message = w.Message + "；" + Answer }
            : w).ToList();

        // 配合履职事项第6、16、17项: numbers grouped by list, the first dozen of each named.
        var named = string.Join("，", answered.GroupBy(d => d.Kind).Select(g =>
            $"{Import.Sheets.DutySheetColumns.ListValue(g.Key)}第{string.Join("、", g.Take(12).Select(d => d.Number))}项{(g.Count() > 12 ? $"等{g.Count()}项" : "")}"));
        return (list with { Duties = duties, Warnings = warnings },
        [
            $"{named}在文件中无法确定分段、空格或相邻两项的分界，但{Answer}，不作为修改，也不因此标记复核。",
        ]);
    }

    /// <summary>The current item as it stands, at the document's own line: where this file says the item is.</summary>
    private static ParsedDuty Kept(ParsedDuty read, ParsedDuty stored) =>
        stored with { Line = read.Line, SourceLines = stored.ReviewReason is null ? [] : read.SourceLines };

    /// <summary>Whether two neighbours hold, column by column joined across the two, the characters of two stored items.</summary>
    internal static bool SameCharacters(ParsedDuty first, ParsedDuty second, ParsedDuty storedFirst, ParsedDuty storedSecond) =>
        first.Discontinued == storedFirst.Discontinued
        && second.Discontinued == storedSecond.Discontinued
        && Fields(first).Zip(Fields(second), string.Concat)
            .SequenceEqual(Fields(storedFirst).Zip(Fields(storedSecond), string.Concat), StringComparer.Ordinal);

    /// <summary>Whether every field holds the same characters in the same order, whitespace and entry boundaries aside.</summary>
    internal static bool SameCharacters(ParsedDuty read, ParsedDuty stored) =>
        read.Kind == stored.Kind
        && read.Discontinued == stored.Discontinued
        && Fields(read).SequenceEqual(Fields(stored), StringComparer.Ordinal);

    private static IEnumerable<string> Fields(ParsedDuty duty)
    {
        yield return Characters(duty.Category);
        yield return Characters(duty.Name);
        // One 对应上级部门 cell: where its named departments end and its generic tail begins is a line end's guess too.
        yield return Characters(string.Concat(duty.Departments) + duty.OtherDepartments);
        // One 上级部门职责 cell too: its 履职保障 part follows the department's duties.
        yield return Characters(Entries(duty.DepartmentResponsibilities) + Entries(duty.Support));
        yield return Characters(Entries(duty.TownshipResponsibilities));
        yield return Characters(string.Concat(duty.Takeovers.Select(t => t.Department + t.Method)));
        yield return Characters(duty.Discontinued ? duty.TakeoverText : null);
    }

    private static string Entries(IEnumerable<ResponsibilityItem> items) => string.Concat(items.Select(i => i.Number + i.Text));

    private static string Characters(string? text) => text is null ? "" : CellText.RemoveWhitespace(text);
}
