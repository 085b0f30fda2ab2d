using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// Gives every fragment of the scrambled cooperative table to an item. A fragment lies between two item numbers
/// and belongs to one of the two: the rules below decide which, from what each item still lacks.
/// </summary>
internal sealed class CooperativeAssembler(
    List<PdfLine> content,
    CellBreaks breaks,
    List<CooperativeDraft> drafts,
    List<Piece> pieces,
    DutyColumns columns,
    HashSet<string> places)
{
    /// <summary>Single characters in a row this long are a cell printed one character per line (002 item 44, 88).</summary>
    private const int GarbledRun = 5;

    /// <summary>A name's last characters may land after the number (<c>…代表工</c> / 1 / <c>作</c>): at most two pieces.</summary>
    private const int MaxNameTails = 2;

    private const int TailWidth = 2;

    private sealed record Unit(int Index, string Text, Piece Piece);

    public List<ParsedDuty> Assemble()
    {
        var shortPieces = pieces.Where(p => p.IsShort || p.IsWideDepartmentCell(places)).ToList();
        var dutyPieces = pieces.Except(shortPieces).ToList();

        var departmentPieces = shortPieces.Where(IsDepartment).ToList();
        foreach (var piece in departmentPieces)
        {
            var (previous, next) = Around(piece.Start);
            var owner = previous is not null && ContinuesDepartment(previous, piece) ? previous
                : previous is { DepartmentPieces.Count: 0 } ? previous : next ?? previous!;
            owner.DepartmentPieces.Add(piece);
        }

        var units = Units(shortPieces.Except(departmentPieces), dutyPieces);
        units = TakeDepartmentTails(units);
        units = SetAsideGarbled(units);
        AssignNames(units, dutyPieces);
        TakeWideNames(dutyPieces);
        AssignDuties(dutyPieces);
        return [.. drafts.Select(Build)];
    }

    /// <summary>A department cell names a place (<c>泽普县…</c>, <c>中国人民政治协商会议泽普县委员会</c>).</summary>
    private bool IsDepartment(Piece piece) =>
        piece.Text.Length > 3 && places.Any(place => piece.Text.Contains(place, StringComparison.Ordinal));

    /// <summary>
    /// A department cell carried over a page break: the earlier item's last department is unfinished
    /// (<c>…吉木萨尔县农业农</c>) and the piece does not open with a place, so it is that name's rest (<c>村局、…</c>).
    /// </summary>
    private bool ContinuesDepartment(CooperativeDraft previous, Piece piece)
    {
        if (previous.DepartmentPieces.Count == 0 || places.Any(place => piece.Text.StartsWith(place, StringComparison.Ordinal)))
        {
            return false;
        }

        var text = previous.DepartmentText;
        return text.EndsWith('、') || DepartmentNames.Split(text).LastOrDefault() is { } last && !DepartmentNames.IsComplete(last);
    }

    /// <summary>The items whose numbers come before and after a content line.</summary>
    private (CooperativeDraft? Previous, CooperativeDraft? Next) Around(int index)
    {
        var region = drafts.Count(d => d.Anchor.Index < index);
        return (region > 0 ? drafts[region - 1] : null, region < drafts.Count ? drafts[region] : null);
    }

    /// <summary>
    /// Name candidates. A piece whose lines are all one or two characters is several cells' last characters
    /// printed side by side (<c>作</c> / <c>室</c>, 002 L1080-1081), so each line is a unit of its own. A short
    /// piece that ends a sentence is the tail of a duty text (<c>预案。</c>) and joins the duty pieces.
    /// </summary>
    private static List<Unit> Units(IEnumerable<Piece> shortPieces, List<Piece> dutyPieces)
    {
        var units = new List<Unit>();
        foreach (var piece in shortPieces)
        {
            if (piece.Lines.Count > 1 && piece.Lines.All(l => l.Text.Length <= TailWidth))
            {
                units.AddRange(piece.Lines.Select((l, k) => new Unit(piece.Start + k, l.Text, piece)));
            }
            else if (ResponsibilityText.EndsEntry(piece.Text) || ResponsibilityText.StartsEntry(piece.Text))
            {
                dutyPieces.Add(piece);
            }
            else
            {
                units.Add(new Unit(piece.Start, piece.Text, piece));
            }
        }

        dutyPieces.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. units.OrderBy(u => u.Index)];
    }

    /// <summary>
    /// The last character of a wrapped department name, printed below the number (<c>泽普县人力资源和社会保障</c> …
    /// <c>局</c>): it completes the department of the item just before it.
    /// </summary>
    private List<Unit> TakeDepartmentTails(List<Unit> units)
    {
        var rest = new List<Unit>();
        foreach (var unit in units)
        {
            var (owner, _) = Around(unit.Index);
            if (unit.Text.Length <= TailWidth && owner is { DepartmentPieces.Count: > 0 } && CompletesDepartment(owner.DepartmentText, unit.Text))
            {
                owner.DepartmentTails.Add(unit.Text);
                owner.TailLines.Add(content[unit.Index]);
            }
            else if (unit.Piece.Lines.Count > 1 && unit.Text == unit.Piece.Text && unit.Piece.Lines[^1].Text is { Length: <= TailWidth } last
                && owner is { DepartmentPieces.Count: > 0 } && CompletesDepartment(owner.DepartmentText, last))
            {
                // The department's last character printed right under a name piece (002 L2318-2319 "地名管理" / "局").
                owner.DepartmentTails.Add(last);
                owner.TailLines.Add(unit.Piece.Lines[^1]);
                rest.Add(unit with { Text = unit.Text[..^last.Length] });
            }
            else
            {
                rest.Add(unit);
            }
        }

        return rest;
    }

    private static bool CompletesDepartment(string departments, string tail)
    {
        var last = DepartmentNames.Split(departments).LastOrDefault();
        return last is not null && !departments.EndsWith('、') && !DepartmentNames.IsComplete(last) && DepartmentNames.IsComplete(last + tail);
    }

    /// <summary>
    /// Runs of single characters are a cell printed one character per line, interleaved with other cells
    /// (002 item 44 L2550-2618, item 88 L4596-5304); they cannot be put back in order and are kept for review.
    /// The first of them may still be the item's own name tail, printed right after its number.
    /// </summary>
    private List<Unit> SetAsideGarbled(List<Unit> units)
    {
        var garbled = new HashSet<Unit>();
        var run = new List<Unit>();
        void Flush()
        {
            if (run.Count >= GarbledRun)
            {
                // The item's own last name character may open the run, printed right after the number.
                var first = run[0];
                var (owner, _) = Around(first.Index);
                var isOwnTail = owner is not null && !units.Any(u => u.Index > owner.Anchor.EndIndex && u.Index < first.Index);
                garbled.UnionWith(isOwnTail ? run.Skip(1) : run);
            }

            run.Clear();
        }

        foreach (var unit in units)
        {
            if (run.Count > 0 && Around(run[0].Index) != Around(unit.Index))
            {
                Flush();
            }

            if (unit.Text.Length <= TailWidth)
            {
                run.Add(unit);
            }
            else
            {
                Flush();
            }
        }

        Flush();

        // Between two runs of the same gap between numbers, everything is part of the same scrambled cell
        // (002 item 88 mixes in pieces such as "期定 急救援" and "提供地").
        foreach (var zone in garbled.GroupBy(u => drafts.Count(d => d.Anchor.Index < u.Index)).ToList())
        {
            int first = zone.Min(u => u.Index), last = zone.Max(u => u.Index);
            garbled.UnionWith(units.Where(u => u.Index > first && u.Index < last));
        }

        foreach (var unit in garbled)
        {
            var (owner, next) = Around(unit.Index);
            (owner ?? next!).Garbled.Add(content[unit.Index]);
        }

        return [.. units.Where(u => !garbled.Contains(u))];
    }

    /// <summary>
    /// Between two numbers, name pieces belong to the earlier item when it has no name yet (its name was
    /// printed after its number, 002 item 3) or when they are its last one or two characters printed right after
    /// the number; the rest is the start of the later item's name, printed before its number.
    /// </summary>
    private void AssignNames(List<Unit> units, List<Piece> dutyPieces)
    {
        for (var region = 0; region <= drafts.Count; region++)
        {
            var previous = region > 0 ? drafts[region - 1] : null;
            var next = region < drafts.Count ? drafts[region] : null;
            var inRegion = units.Where(u => InRegion(u.Index, region)).ToList();
            var taken = 0;
            if (previous is not null && inRegion.Count > 0)
            {
                bool DutyBetween(int from, int to) => dutyPieces.Any(p => p.Start > from && p.Start < to);
                if (!previous.HasName || ContinuesNameStart(previous, inRegion[0]))
                {
                    previous.NameTail.Add((inRegion[0].Index, inRegion[0].Text, inRegion[0].Piece.Lines[0].Number));
                    taken = 1;
                    while (taken < inRegion.Count && !DutyBetween(inRegion[taken - 1].Index, inRegion[taken].Index)
                        && !breaks.CellEndBetween(inRegion[taken - 1].Piece.End, inRegion[taken].Index))
                    {
                        previous.NameTail.Add((inRegion[taken].Index, inRegion[taken].Text, inRegion[taken].Piece.Lines[0].Number));
                        taken++;
                    }
                }
                else
                {
                    while (taken < inRegion.Count && taken < MaxNameTails && inRegion[taken].Text.Length <= TailWidth
                        && !DutyBetween(previous.Anchor.EndIndex, inRegion[taken].Index))
                    {
                        previous.NameTail.Add((inRegion[taken].Index, inRegion[taken].Text, inRegion[taken].Piece.Lines[0].Number));
                        taken++;
                    }
                }
            }

            foreach (var unit in inRegion.Skip(taken))
            {
                if (next is not null)
                {
                    next.NameHead.Add((unit.Index, unit.Text, unit.Piece.Lines[0].Number));
                }
                else
                {
                    previous!.OtherLines.AddRange(unit.Piece.Lines);
                }
            }
        }
    }

    /// <summary>
    /// A name column wider than a short cell (seven or eight characters on some pages of the 004 PDF fixture) is
    /// read as a duty fragment. An item still without a name takes the fragment printed right before its own
    /// department cell, when that fragment reads as no duty text: no numbered entry, no <c>；</c> or <c>。</c>.
    /// </summary>
    private void TakeWideNames(List<Piece> dutyPieces)
    {
        foreach (var draft in drafts.Where(d => !d.HasName))
        {
            var name = dutyPieces.FirstOrDefault(p => draft.DepartmentPieces.Any(d => d.Start == p.End + 1)
                && (p.Start > draft.Anchor.EndIndex || p.End < draft.Anchor.Index)
                && !p.Lines.Any(l => ResponsibilityText.StartsEntry(l.Text)) && !p.Text.Contains('；') && !p.Text.Contains('。'));
            if (name is null)
            {
                continue;
            }

            dutyPieces.Remove(name);
            var names = name.Start > draft.Anchor.EndIndex ? draft.NameTail : draft.NameHead;
            names.Add((name.Start, name.Text, name.Lines[0].Number));
        }
    }

    /// <summary>
    /// A name begun on the number's line (<c>45 社会保障 对普通高</c>) and wrapped: its next line is printed right
    /// below the number's line, with nothing between (004 PDF fixture <c>考报名考</c> / <c>生的鉴定</c>).
    /// </summary>
    private bool ContinuesNameStart(CooperativeDraft draft, Unit unit) =>
        draft.NameStart is not null && draft.NameHead.Count == 0 && draft.NameTail.Count == 0
        && unit.Index == draft.Anchor.EndIndex + 1 && !breaks.CellEndBetween(draft.Anchor.EndIndex, unit.Index);

    private bool InRegion(int index, int region) =>
        (region == 0 || drafts[region - 1].Anchor.Index < index) && (region == drafts.Count || index < drafts[region].Anchor.Index);

    /// <summary>
    /// A duty fragment goes to the later item once that item's own fragments have begun, else to the earlier one;
    /// then an item left without one of its two duty texts takes a neighbour's surplus fragment of that column.
    /// </summary>
    private void AssignDuties(List<Piece> dutyPieces)
    {
        foreach (var piece in dutyPieces)
        {
            var (previous, next) = Around(piece.Start);
            var owner = previous is null ? next! : next is null ? previous : piece.Start >= OwnStart(next) || OpensNextItem(previous, piece) ? next : previous;
            owner.Duties.Add((piece, columns.Classify(piece), false));
        }

        for (var i = 1; i < drafts.Count; i++)
        {
            foreach (var column in new[] { DutyColumn.Upper, DutyColumn.Township })
            {
                Rebalance(drafts[i - 1], drafts[i], column);
            }
        }

        foreach (var draft in drafts)
        {
            ResolveUnknownColumns(draft);
        }
    }

    /// <summary>
    /// After a page break, a fragment that starts a fresh text (<c>1.</c> or a department label) while the earlier
    /// item already has both its texts opens the next item (002 L1280), not a continuation of the earlier one.
    /// </summary>
    private bool OpensNextItem(CooperativeDraft previous, Piece piece)
    {
        var lastOwn = previous.Duties.Select(d => d.Piece.End).DefaultIfEmpty(previous.Anchor.EndIndex).Max();
        var first = piece.Lines[0].Text;
        var startsFresh = ResponsibilityText.StartsEntry(first) || first.EndsWith('：');
        return previous.Duties.Count >= 2 && startsFresh && breaks.NewPageBetween(lastOwn, piece.Start);
    }

    private static int OwnStart(CooperativeDraft draft) =>
        Math.Min(draft.OwnStart, draft.DepartmentPieces.Select(p => p.Start).DefaultIfEmpty(int.MaxValue).Min());

    /// <summary>
    /// An item without one of its texts takes it from its neighbour: the earlier item's fragments of that column
    /// printed after a page break (002 L1042-1067 belong to item 11, not 10), or its last one when it has several.
    /// </summary>
    private void Rebalance(CooperativeDraft earlier, CooperativeDraft later, DutyColumn column)
    {
        var earlierPieces = earlier.Duties.Where(d => d.Column == column).OrderBy(d => d.Piece.Start).ToList();
        var laterPieces = later.Duties.Where(d => d.Column == column).OrderBy(d => d.Piece.Start).ToList();
        if (laterPieces.Count == 0 && earlierPieces.Count >= 2 && later.Duties.All(d => d.Column != DutyColumn.Unknown))
        {
            var firstOnNewPage = earlierPieces.FindIndex(1, d => breaks.NewPageBetween(earlierPieces[0].Piece.End, d.Piece.Start));
            var moving = firstOnNewPage > 0 ? earlierPieces[firstOnNewPage..] : [earlierPieces[^1]];
            foreach (var piece in moving.Where(d => d.Piece.Start > earlier.Anchor.Index))
            {
                earlier.Duties.Remove(piece);
                later.Duties.Add(piece);
            }
        }
        else if (earlierPieces.Count == 0 && laterPieces.Count >= 2 && laterPieces[0].Piece.Start < later.Anchor.EndIndex
            && earlier.Duties.All(d => d.Column != DutyColumn.Unknown))
        {
            // Printed inside the later item's number (002 L2267-2285 between "3" and "8" of item 38).
            later.Duties.Remove(laterPieces[0]);
            earlier.Duties.Add(laterPieces[0]);
        }
    }

    /// <summary>A fragment too short to show its width is the duty text the item still lacks, or continues the one before it.</summary>
    private static void ResolveUnknownColumns(CooperativeDraft draft)
    {
        draft.Duties.Sort((a, b) => a.Piece.Start.CompareTo(b.Piece.Start));
        for (var i = 0; i < draft.Duties.Count; i++)
        {
            if (draft.Duties[i].Column != DutyColumn.Unknown)
            {
                continue;
            }

            var has = draft.Duties.Where(d => d.Column != DutyColumn.Unknown).Select(d => d.Column).ToHashSet();
            var column = !has.Contains(DutyColumn.Upper) ? DutyColumn.Upper
                : !has.Contains(DutyColumn.Township) ? DutyColumn.Township
                : i > 0 ? draft.Duties[i - 1].Column : DutyColumn.Township;
            draft.Duties[i] = (draft.Duties[i].Piece, column, true);
        }
    }

    private ParsedDuty Build(CooperativeDraft draft)
    {
        var name = string.Concat(draft.NameHead.OrderBy(n => n.Index).Select(n => n.Text))
            + draft.NameStart
            + string.Concat(draft.NameTail.OrderBy(n => n.Index).Select(n => n.Text));
        var departments = DepartmentNames.Split(draft.DepartmentText);
        var upper = DutyLines(draft, DutyColumn.Upper);
        var township = DutyLines(draft, DutyColumn.Township);

        var review = new ReviewNotes();
        if (draft.Garbled.Count > 0)
        {
            review.Add(0.3, $"表格内容被逐字拆散（{draft.Garbled.Count} 行单字，多列交错），职责文本未能完整还原，请对照原件核对");
        }

        if (!draft.Category.Known)
        {
            review.Add(0.5, $"事项类别“{draft.Category.Category}”由碎片拼出，不在已知类别中");
        }

        if (name.Length == 0)
        {
            review.Add(0.2, "未能识别事项名称");
        }

        if (departments.Count == 0)
        {
            review.Add(0.3, "未能识别对应上级部门");
        }
        else if (departments.FirstOrDefault(d => !DepartmentNames.IsComplete(d)) is { } partial)
        {
            review.Add(0.5, $"部门名称“{partial}”可能不完整");
        }

        if (upper.Count == 0)
        {
            review.Add(0.6, "未找到上级部门职责");
        }

        if (township.Count == 0)
        {
            review.Add(0.6, "未找到乡镇配合职责");
        }

        if (draft.Duties.Any(d => d.Guessed))
        {
            review.Add(0.7, "有职责段落无法按行宽判断所属栏目，已按缺项归入");
        }

        if (draft.Duties.Any(d => d.Piece.Lines.Any(l => l.Raw.Contains('\u3000'))))
        {
            review.Add(0.7, "职责栏有全角空格填充和脱落的单字，两栏文本可能相互混入");
        }

        if (draft.DepartmentHead.Length > 0 && draft.DepartmentPieces.Count == 0 && draft.DepartmentTails.Count == 0)
        {
            // The rest of a department begun on the number's line was not found: "吉木萨尔县委组" looks complete but is not.
            review.Add(0.5, $"对应上级部门只读到序号所在行的“{draft.DepartmentHead}”，其余部分未找到，部门和名称可能不完整");
        }

        if (draft.GluedDutyText is { } glued)
        {
            review.Add(0.6, $"序号所在行还有其他单元格的文字（“{glued}”），未能归入职责栏目");
        }

        if (draft.OtherLines.Count > 0)
        {
            review.Add(0.5, "清单末尾有无法归属的名称片段");
        }

        if (NameAndDepartmentOnOppositeSides(draft))
        {
            review.Add(0.5, "事项名称与对应上级部门分别取自序号前后两侧，可能与相邻事项错配，请核对名称和部门");
        }

        AddPlausibilityDoubts(review, name, departments);

        var sourceLines = review.Confidence < 1
            ? SourceLines(draft)
            : [];
        return new ParsedDuty
        {
            Kind = DutyKind.Cooperative,
            Number = draft.Anchor.Number,
            Category = draft.Category.Category,
            Name = name,
            Line = FirstLine(draft),
            Departments = departments,
            DepartmentResponsibilities = ResponsibilityText.Split(upper),
            TownshipResponsibilities = ResponsibilityText.Split(township),
            Confidence = review.Confidence,
            ReviewReason = review.Reason,
            SourceLines = sourceLines,
        };
    }

    /// <summary>
    /// A row's name and department cell come out on the same side of its number (no 002 item mixes them; the 004 PDF
    /// fixture prints both after it). When the name was read from one side and the department from the other, one of
    /// them was printed in a neighbour's row, and the items further down the list may be shifted by one.
    /// </summary>
    private static bool NameAndDepartmentOnOppositeSides(CooperativeDraft draft)
    {
        if (draft.DepartmentPieces.Count == 0)
        {
            return false;
        }

        var nameOnlyBefore = draft.NameHead.Count > 0 && draft.NameTail.Count == 0;
        var nameOnlyAfter = draft.NameHead.Count == 0 && draft.NameTail.Count > 0;
        var departmentsBefore = draft.DepartmentPieces.All(p => p.End < draft.Anchor.Index);
        var departmentsAfter = draft.DepartmentPieces.All(p => p.Start > draft.Anchor.EndIndex);
        return (nameOnlyBefore && departmentsAfter) || (nameOnlyAfter && departmentsBefore);
    }

    /// <summary>Doubts from the rebuilt text alone (<see cref="RebuiltItemChecks"/>).</summary>
    private void AddPlausibilityDoubts(ReviewNotes review, string name, List<string> departments)
    {
        if (RebuiltItemChecks.NameTooShort(name))
        {
            review.Add(0.5, $"事项名称“{name}”过短，可能只是名称的末尾片段");
        }

        if (RebuiltItemChecks.NameHasGluedCells(name))
        {
            review.Add(0.5, "事项名称中有空格，可能混入了同一行其他单元格的文字");
        }

        if (RebuiltItemChecks.PlaceInName(name, places) is { } place)
        {
            review.Add(0.5, $"事项名称中含有地名“{place}”，可能混入了部门名称");
        }

        if (RebuiltItemChecks.NameHoldsResponsibilityText(name))
        {
            review.Add(0.5, "事项名称中含有职责条目的标记（序号或“；”），可能混入了职责文本");
        }

        if (RebuiltItemChecks.DepartmentWithoutPlace(departments, places) is { } department)
        {
            review.Add(0.5, $"部门名称“{department}”不含地名，可能是被拆开的部门名称的后半部分");
        }
    }

    private static List<string> DutyLines(CooperativeDraft draft, DutyColumn column) =>
        [.. draft.Duties.Where(d => d.Column == column).OrderBy(d => d.Piece.Start).SelectMany(d => d.Piece.Lines).Select(l => l.Text)];

    private int FirstLine(CooperativeDraft draft) =>
        draft.Category.Lines.Select(i => content[i].Number)
            .Concat(draft.NameHead.Select(n => n.Line))
            .Append(content[draft.Anchor.Index].Number)
            .Min();

    /// <summary>Every raw line the item was rebuilt from, in document order.</summary>
    private List<string> SourceLines(CooperativeDraft draft)
    {
        var lines = new List<PdfLine> { content[draft.Anchor.Index], content[draft.Anchor.EndIndex] };
        lines.AddRange(draft.Category.Lines.Select(i => content[i]));
        lines.AddRange(draft.NameHead.Concat(draft.NameTail).Select(n => content[n.Index]));
        lines.AddRange(draft.DepartmentPieces.SelectMany(p => p.Lines));
        lines.AddRange(draft.Duties.SelectMany(d => d.Piece.Lines));
        lines.AddRange(draft.Garbled);
        lines.AddRange(draft.OtherLines);
        lines.AddRange(draft.TailLines);
        return [.. lines.DistinctBy(l => l.Number).OrderBy(l => l.Number).Select(l => l.Raw)];
    }

    /// <summary>Why an item needs review, and how sure the reader is of it (the lowest of its doubts).</summary>
    private sealed class ReviewNotes
    {
        private readonly List<string> _reasons = [];

        public double Confidence { get; private set; } = 1.0;

        public string? Reason => _reasons.Count == 0 ? null : string.Join("；", _reasons);

        public void Add(double confidence, string reason)
        {
            Confidence = Math.Min(Confidence, confidence);
            _reasons.Add(reason);
        }
    }
}
