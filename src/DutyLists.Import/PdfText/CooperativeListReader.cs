using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// 配合履职事项清单 of a PDF export, rebuilt from column fragments. The extractor printed the six-column table
/// cell by cell, each cell wrapped at its column's width, in an order that varies from row to row (docs/import-formats.md
/// §4.2, §10.2). The item numbers are the only fixed points: everything else is assigned to the number it belongs to by
/// its width (which column it came from) and its place relative to the numbers.
/// </summary>
internal static class CooperativeListReader
{
    /// <summary>Narrow lines joined to find a place name wrapped at a department cell's width (<c>昌吉州生态环</c> / <c>境局吉木萨尔</c> / <c>县分局</c>).</summary>
    private const int PlaceWindow = 3;

    public static List<ParsedDuty> Read(IReadOnlyList<PdfLine> lines, KnownCategories categories, string file, List<ImportWarning> warnings)
    {
        var content = ContentLines(lines, out var breakBefore, out var breaks);
        var anchors = SequenceAnchors.Find(content);
        if (anchors.Count == 0)
        {
            warnings.Add(new ImportWarning(file, lines.Count > 0 ? lines[0].Number : 0, "配合履职事项清单中找不到任何序号"));
            return [];
        }

        var taken = new HashSet<int>(anchors.SelectMany(a => new[] { a.Index, a.EndIndex }));
        var drafts = new List<CooperativeDraft>();
        foreach (var anchor in anchors)
        {
            var category = CategoryFragments.Rebuild(content, anchor, taken, categories);
            taken.UnionWith(category.Lines);
            drafts.Add(new CooperativeDraft(anchor, category));
        }

        // Place names are read from the cells first; they then split a department cell from a name cell printed
        // right above it with no blank line between (pdftotext -raw output).
        var shortTexts = Pieces(content, breakBefore, taken, []).Where(p => p.IsShort).Select(p => p.Text)
            .Concat(content.Where((l, i) => !taken.Contains(i) && l.Width <= Piece.ShortWidth).Select(l => l.Text))
            .Concat(Enumerable.Range(0, content.Count).Where(i => !taken.Contains(i) && content[i].Width <= Piece.ShortWidth)
                .Select(i => NarrowTextFrom(content, breakBefore, taken, i, PlaceWindow)));
        var places = DepartmentNames.PlacePrefixes(shortTexts, anchors.Count);
        foreach (var draft in drafts)
        {
            draft.SeparateGluedCells(places);
        }

        var pieces = Pieces(content, breakBefore, taken, places);
        var columns = DutyColumns.Measure(pieces.Where(p => !p.IsShort));
        var assembler = new CooperativeAssembler(content, breaks, drafts, pieces, columns, places);
        return assembler.Assemble();
    }

    /// <summary>
    /// The lines that carry cell text, with where a new fragment starts: after a blank or dropped line, and at a
    /// page start (an indented line, which the extractor glues to the previous text: 002 L1867-1868).
    /// </summary>
    private static List<PdfLine> ContentLines(IReadOnlyList<PdfLine> lines, out List<bool> breakBefore, out CellBreaks breaks)
    {
        var header = TableHeader.MarkShredded(lines);
        var content = new List<PdfLine>();
        breakBefore = [];
        var cellEnd = new List<bool>();
        var newPage = new List<bool>();
        bool pendingBreak = true, pendingCellEnd = false, pendingPage = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i].Raw;
            // A quote mark the extractor could not place (“ / ” on a line of its own) sits inside a cell, not
            // between two (004 PDF fixture #80: “我们的中国 / 梦 文化 / ”—— / …): it does not end the fragment.
            if (!header[i] && NoiseLines.IsJunkQuotes(raw) && !lines[i].StartsPage)
            {
                continue;
            }

            if (header[i] || NoiseLines.IsNoise(raw))
            {
                pendingBreak = true;
                pendingPage |= header[i] || NoiseLines.IsPageFooter(raw);
                pendingCellEnd |= !NoiseLines.IsBlank(raw);
                continue;
            }

            content.Add(lines[i]);
            breakBefore.Add(pendingBreak || lines[i].StartsPage);
            newPage.Add(pendingPage || lines[i].StartsPage);
            cellEnd.Add(pendingCellEnd || pendingPage || lines[i].StartsPage);
            pendingBreak = pendingCellEnd = pendingPage = false;
        }

        breaks = new CellBreaks(cellEnd, newPage);
        return content;
    }

    /// <summary>
    /// Runs of consecutive content lines not taken by numbers or categories. A run also ends where the line width
    /// jumps between a narrow column (name, department) and a wide one (duties), and before a line that starts a
    /// department name (a place name) right after narrow lines that name no place.
    /// </summary>
    private static List<Piece> Pieces(List<PdfLine> content, List<bool> breakBefore, HashSet<int> taken, HashSet<string> places)
    {
        var pieces = new List<Piece>();
        Piece? current = null;
        for (var i = 0; i < content.Count; i++)
        {
            if (taken.Contains(i))
            {
                current = null;
                continue;
            }

            if (current is null || breakBefore[i] || StartsOtherCell(current.Lines, content[i], NarrowTextFrom(content, breakBefore, taken, i, PlaceWindow), places))
            {
                current = new Piece(i);
                pieces.Add(current);
            }

            current.Lines.Add(content[i]);
        }

        return pieces;
    }

    /// <summary>
    /// The text of up to <paramref name="count"/> narrow lines of one fragment from line <paramref name="from"/> on:
    /// a place name wrapped over two lines (<c>吉木萨尔</c> / <c>县委社会</c>) is only whole once they are joined.
    /// </summary>
    private static string NarrowTextFrom(List<PdfLine> content, List<bool> breakBefore, HashSet<int> taken, int from, int count)
    {
        var text = new System.Text.StringBuilder(content[from].Text);
        for (var i = from + 1; i < content.Count && i < from + count && !taken.Contains(i) && !breakBefore[i] && content[i].Width <= Piece.ShortWidth; i++)
        {
            text.Append(content[i].Text);
        }

        return text.ToString();
    }

    private static bool StartsOtherCell(List<PdfLine> run, PdfLine line, string narrowText, HashSet<string> places)
    {
        // A duty paragraph's last line may be short, and a detached first character (002 L1957 "爱") too: only two
        // or more narrow lines make a narrow cell that a wide line cannot continue.
        var previous = run[^1];
        var narrow = line.Width <= Piece.ShortWidth;

        // Two duty texts printed one after the other: the numbering starts again at 1, and not under a label
        // (泽普县委组织部： 1.… 泽普县人力资源和社会保障局： 1.…, 002 L997-1004, is one text).
        if (!narrow && ResponsibilityText.IsFirstEntry(line.Text) && !previous.Text.EndsWith('：')
            && run.Any(l => ResponsibilityText.StartsEntry(l.Text)))
        {
            return true;
        }

        if (!narrow && run.Count >= 2 && run[^2].Width <= Piece.ShortWidth && previous.Width <= Piece.ShortWidth)
        {
            return true;
        }

        // A department cell followed directly by a duty text: the run is whole department names, the line opens
        // the first entry (吉木萨尔县水利 / 局 / 1.制定…, 004 PDF fixture).
        var runText = string.Concat(run.Select(l => l.Text));
        if (ResponsibilityText.IsFirstEntry(line.Text) && Piece.IsDepartmentList(runText, places))
        {
            return true;
        }

        // After a whole department list, a department heading of the duty text (县应急管理局 / 统筹…, 004 PDF
        // fixture #86): the list would go on after a 、, and a wrapped name's rest has no prefix of its own (织部).
        if (DepartmentName.IsPrefixedDepartment(line.Text) && Piece.IsDepartmentList(runText, places))
        {
            return true;
        }

        // A name cell followed directly by a department cell: the run so far names no place, the new line opens with one.
        return line.Width <= Piece.CellWidth && places.Any(place => narrowText.StartsWith(place, StringComparison.Ordinal))
            && !places.Any(place => runText.Contains(place, StringComparison.Ordinal));
    }
}

/// <summary>
/// What lies between content lines: <paramref name="CellEnd"/>[i] when a detached full stop, a header or a page
/// break precedes line i (a cell ended there); <paramref name="NewPage"/>[i] when a page starts there.
/// </summary>
internal sealed record CellBreaks(IReadOnlyList<bool> CellEnd, IReadOnlyList<bool> NewPage)
{
    public bool CellEndBetween(int from, int to) => Enumerable.Range(from + 1, Math.Max(0, to - from)).Any(i => i < CellEnd.Count && CellEnd[i]);

    public bool NewPageBetween(int from, int to) => Enumerable.Range(from + 1, Math.Max(0, to - from)).Any(i => i < NewPage.Count && NewPage[i]);
}

/// <summary>A run of consecutive lines from one column of the scrambled table.</summary>
internal sealed class Piece(int start)
{
    /// <summary>Widest line of a name or department cell (five characters) with a margin.</summary>
    public const double ShortWidth = 6;

    public int Start { get; } = start;

    public List<PdfLine> Lines { get; } = [];

    public int End => Start + Lines.Count - 1;

    public string Text => string.Concat(Lines.Select(l => l.Text));

    /// <summary>
    /// Widest line of a name or department cell on pages that give those columns more room (seven characters,
    /// 004 PDF fixture <c>吉木萨尔县水利</c> / <c>局</c>).
    /// </summary>
    public const double CellWidth = ShortWidth + 2;

    public bool IsShort => Lines.All(l => l.Width <= ShortWidth);

    /// <summary>A department cell wider than a short one: nothing but complete department names that open with a place.</summary>
    public bool IsWideDepartmentCell(IReadOnlyCollection<string> places) =>
        Lines.All(l => l.Width <= CellWidth) && IsDepartmentList(Text, places);

    /// <summary>Text that is nothing but department names, each complete and opening with one of the places.</summary>
    public static bool IsDepartmentList(string text, IReadOnlyCollection<string> places)
    {
        var names = DepartmentNames.Split(text);
        return names.Count > 0 && !text.EndsWith('、')
            && names.All(n => DepartmentNames.IsComplete(n) && places.Any(p => n.StartsWith(p, StringComparison.Ordinal)));
    }
}

/// <summary>One cooperative item while it is being rebuilt.</summary>
internal sealed class CooperativeDraft(SequenceAnchors.Anchor anchor, CategoryFragments.Result category)
{
    public SequenceAnchors.Anchor Anchor { get; } = anchor;

    public CategoryFragments.Result Category { get; } = category;

    public List<(int Index, string Text, int Line)> NameHead { get; } = [];

    public List<(int Index, string Text, int Line)> NameTail { get; } = [];

    public List<Piece> DepartmentPieces { get; } = [];

    public List<string> DepartmentTails { get; } = [];

    public List<(Piece Piece, DutyColumn Column, bool Guessed)> Duties { get; } = [];

    public List<PdfLine> Garbled { get; } = [];

    public List<PdfLine> OtherLines { get; } = [];

    /// <summary>Lines that completed the department name.</summary>
    public List<PdfLine> TailLines { get; } = [];

    public string DepartmentText => DepartmentHead + string.Concat(DepartmentPieces.Select(p => p.Text)) + string.Concat(DepartmentTails);

    /// <summary>Name text printed after the category on the number's line.</summary>
    public string? NameStart { get; private set; } = category.NameStart;

    /// <summary>A department cell's first line printed on the number's line after the name.</summary>
    public string DepartmentHead { get; private set; } = "";

    /// <summary>Text of further cells on the number's line after the department (the duty texts' first lines).</summary>
    public string? GluedDutyText { get; private set; }

    public bool HasName => NameHead.Count > 0 || NameTail.Count > 0 || !string.IsNullOrEmpty(NameStart);

    /// <summary>
    /// pdftotext -raw joins cells that share the number's baseline with spaces (<c>56 自然资源 湿地保护工作 吉木萨尔县林</c>,
    /// 004 PDF fixture). A part that opens with a place name is the department cell's first line; what follows it is
    /// the first lines of the duty texts, which cannot be put back in their columns.
    /// </summary>
    public void SeparateGluedCells(IReadOnlyCollection<string> places)
    {
        if (NameStart is not { } text)
        {
            return;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var department = parts.Length < 2 ? -1
            : Array.FindIndex(parts, 1, part => places.Any(place => part.StartsWith(place, StringComparison.Ordinal)));
        if (department < 0)
        {
            return;
        }

        NameStart = string.Join(" ", parts[..department]);
        DepartmentHead = parts[department];
        GluedDutyText = department + 1 < parts.Length ? string.Join(" ", parts[(department + 1)..]) : null;
    }

    /// <summary>Index of the item's first own line: a category fragment or the start of its name.</summary>
    public int OwnStart =>
        Category.Lines.Concat(NameHead.Select(n => n.Index)).Append(Anchor.Index).Min();
}
