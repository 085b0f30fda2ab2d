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
/// preview says so. Anything else a flagged item reads differently stays a change, and stays flagged.
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
        var settled = new List<ParsedDuty>();
        var duties = list.Duties.Select(duty =>
        {
            if (duty.ReviewReason is null || !byNumber.TryGetValue((duty.Kind, duty.Number), out var stored) || !SameCharacters(duty, stored))
            {
                return duty;
            }

            // Read exactly as stored and flagged for the same reason (a department the county lacks): nothing to settle.
            if (duty.ReviewReason == stored.ReviewReason && DutySnapshot.AsWritten(duty).Equals(DutySnapshot.AsWritten(stored)))
            {
                return duty;
            }

            settled.Add(duty);

            // The document's own place stays: its line is where this file says the item is.
            return stored with { Line = duty.Line, SourceLines = stored.ReviewReason is null ? [] : duty.SourceLines };
        }).ToList();

        if (settled.Count == 0)
        {
            return (list, []);
        }

        // The reader's warning about a settled item stays, with its answer: the revision keeps what was doubted and why it was not flagged.
        var warnings = list.Warnings.Select(w => settled.Any(d => d.Line == w.Line && w.Message.EndsWith(d.ReviewReason!, StringComparison.Ordinal))
            ? w with { Message = w.Message + "；" + Answer }
            : w).ToList();

        // 配合履职事项第6、16、17项: numbers grouped by list, the first dozen of each named.
        var named = string.Join("，", settled.GroupBy(d => d.Kind).Select(g =>
            $"{Import.Sheets.DutySheetColumns.ListValue(g.Key)}第{string.Join("、", g.Take(12).Select(d => d.Number))}项{(g.Count() > 12 ? $"等{g.Count()}项" : "")}"));
        return (list with { Duties = duties, Warnings = warnings },
        [
            $"{named}在文件中无法确定分段或空格，但{Answer}，不作为修改，也不因此标记复核。",
        ]);
    }

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
        yield return Characters(Entries(duty.DepartmentResponsibilities));
        yield return Characters(Entries(duty.TownshipResponsibilities));
        yield return Characters(Entries(duty.Support));
        yield return Characters(string.Concat(duty.Takeovers.Select(t => t.Department + t.Method)));
        yield return Characters(duty.Discontinued ? duty.TakeoverText : null);
    }

    private static string Entries(IEnumerable<ResponsibilityItem> items) => string.Concat(items.Select(i => i.Number + i.Text));

    private static string Characters(string? text) => text is null ? "" : CellText.RemoveWhitespace(text);
}
