using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.TableText;

/// <summary>One pass over a table-text document; holds the state of the section being read and the warnings.</summary>
internal sealed partial class TableTextReading(SourceDocument document, DocumentMetadata? metadata)
{
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<Section> _sections = [];
    private readonly List<(DutyKind Kind, int Line)> _contents = [];
    private readonly Dictionary<string, int> _declaredPerCategory = [];
    private Section? _current;
    private IReadOnlyList<PlaceValue> _places = [];

    public ParsedList Read()
    {
        var lines = document.Lines;
        var lastContentLine = LastContentLine(lines);
        for (var n = 1; n <= lines.Count; n++)
        {
            CellLimits.CheckLine(document, n, lines[n - 1], '\t');
            ReadLine(lines[n - 1], n, n == lastContentLine);
        }

        Close(_current);
        if (_sections.Count == 0)
        {
            throw Reject(0, "找不到清单：没有以“基本履职事项清单”“配合履职事项清单”或“上级部门收回事项清单”结尾的标题行");
        }

        CheckTableOfContents();
        return new ParsedList
        {
            FileName = document.FileName,
            Sha256 = document.Sha256,
            Layout = DocumentLayout.TableText,
            Township = ReadTownship(out var date),
            Places = _places,
            DocumentDate = date,
            Declared = _declaredPerCategory.Count > 0 ? new DeclaredFigures { DutiesPerCategory = _declaredPerCategory } : null,
            Lists = [.. _sections.Select(s => s.Heading.Kind).Distinct()],
            Duties = [.. _sections.SelectMany(s => s.Duties).OrderBy(d => d.Kind)],
            Warnings = _warnings,
        };
    }

    private void ReadLine(string line, int n, bool isLast)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        if (SectionHeading.TryRead(line) is { } heading)
        {
            Close(_current);
            _current = new Section(heading, n);
            _sections.Add(_current);
            return;
        }

        var cells = line.Split('\t');
        if (_current is null)
        {
            ReadBeforeFirstList(line, cells, n);
        }
        else if (cells.Length == 1)
        {
            ReadTextLine(line, n);
        }
        else if (HeaderRow.IsHeader(cells))
        {
            ReadHeader(_current, cells, n);
        }
        else if (_current.Header is null)
        {
            throw Reject(n, $"“{ListName(_current.Heading.Kind)}”的表格缺少表头行（序号、事项类别、事项名称……）");
        }
        else if (CategoryHeadingRow.TryRead(cells) is { } category)
        {
            _current.StartCategory(category.Category, category.Declared, n, this);
        }
        else if (int.TryParse(cells[0].Trim(), out var number))
        {
            _current.Duties.Add(ReadRow(_current, _current.Header, number, cells, n, isLast));
        }
        else
        {
            Warn(n, $"无法识别的表格行，已跳过：{Shorten(line)}");
        }
    }

    /// <summary>Before the first heading only the title block and the table of contents are expected.</summary>
    private void ReadBeforeFirstList(string line, string[] cells, int n)
    {
        if (SectionHeading.FromTocLine(line) is { } listed)
        {
            _contents.Add((listed, n));
        }
        else if (HeaderRow.IsHeader(cells))
        {
            throw Reject(n, "表头行之前没有清单标题（如“……配合履职事项清单”），无法确定是哪一张清单");
        }
    }

    /// <summary>Text lines inside a list: 003 ends with a footnote (<c>注：根据清单工作整体部署将适时对清单内容进行修订。</c>) that is no duty.</summary>
    private void ReadTextLine(string line, int n)
    {
        if (!Footnote().IsMatch(line.Trim()))
        {
            Warn(n, $"表格中出现无法识别的文字行，已跳过：{Shorten(line)}");
        }
    }

    private void ReadHeader(Section section, string[] cells, int n)
    {
        var (header, unknown) = HeaderRow.Read(cells);
        if (header is null)
        {
            throw Reject(n, $"无法识别的表头列“{unknown}”");
        }

        if (section.Header is null)
        {
            var missing = RequiredColumns(section.Heading.Kind).Where(c => header.IndexOf(c) < 0).ToList();
            if (missing.Count > 0)
            {
                throw Reject(n, $"“{ListName(section.Heading.Kind)}”的表头缺少列：{string.Join("、", missing.Select(ColumnName))}");
            }

            // A header of another list's table under this heading: its rows would be read into the wrong columns.
            var foreign = ListVocabulary.ForeignColumns(section.Heading.Kind, header.Columns);
            if (foreign.Count > 0)
            {
                throw Reject(n, $"“{ListName(section.Heading.Kind)}”的表头有本清单没有的列：{string.Join("、", foreign.Select(ColumnName))}");
            }

            section.Header = header;
        }
        else if (!header.Columns.SequenceEqual(section.Header.Columns))
        {
            // Page-break repeats are expected; only a repeat with different columns is worth a word.
            Warn(n, "重复的表头与本清单第一个表头的列不一致，仍按第一个表头读取");
        }
    }

    private ParsedDuty ReadRow(Section section, HeaderRow header, int number, string[] raw, int n, bool isLast)
    {
        var list = ListName(section.Heading.Kind);
        var cells = FitToHeader(header, number, raw, n, isLast, list, out var reviewReason);
        string Cell(Column column) => header.IndexOf(column) is var i and >= 0 ? cells[i].Trim() : string.Empty;

        foreach (var column in header.Columns.Where(c => c != Column.Number && Cell(c).Length == 0))
        {
            Warn(n, $"{list}第{number}项的“{ColumnName(column)}”为空");
        }

        var category = header.IndexOf(Column.Category) >= 0 ? CellText.RemoveWhitespace(PlainText(Cell(Column.Category))) : section.Category;
        if (category is null)
        {
            Warn(n, $"{list}第{number}项没有事项类别（既无“事项类别”列，也无类别标题行）");
        }

        section.CountInCategory();
        var duty = new ParsedDuty
        {
            Kind = section.Heading.Kind,
            Number = number,
            Category = category ?? string.Empty,
            Name = CellText.RemoveWrapSpaces(PlainText(Cell(Column.Name))),
            Line = n,
            ReviewReason = reviewReason,
            SourceLines = reviewReason is null ? [] : [document.Line(n)],
        };

        return section.Heading.Kind switch
        {
            DutyKind.Cooperative => WithCooperativeCells(duty, Cell(Column.Departments), Cell(Column.DepartmentDuties), Cell(Column.TownshipDuties)),
            DutyKind.Reclaimed => WithTakeover(duty, Cell(Column.Takeover), n, list),
            _ => duty,
        };
    }

    /// <summary>
    /// Brings a row to the header's width. Extra cells continue the last column (001 L260, #66, the township duty split
    /// over two cells). Too few cells on the last line means the file was cut off mid-row; elsewhere it is a short row.
    /// </summary>
    private string[] FitToHeader(HeaderRow header, int number, string[] raw, int n, bool isLast, string list, out string? reviewReason)
    {
        reviewReason = null;
        if (raw.Length > header.Width && raw[^1].StartsWith(ListVocabulary.ReaderDoubt, StringComparison.Ordinal))
        {
            // The PDF reader's doubt about the row it wrote: flag the item, keep its cells.
            reviewReason = raw[^1][ListVocabulary.ReaderDoubt.Length..];
            Warn(n, $"{list}第{number}项：{reviewReason}");
            raw = raw[..^1];
        }

        if (raw.Length < header.Width)
        {
            if (isLast)
            {
                throw Reject(n, $"文件在{list}第{number}项中间中断：该行只有{raw.Length}个单元格，表头有{header.Width}个，文件不完整");
            }

            reviewReason = (reviewReason is null ? "" : reviewReason + "；") + $"{list}第{number}项只有{raw.Length}个单元格，表头有{header.Width}个，缺少的单元格按空白处理";
            Warn(n, reviewReason);
            return [.. raw, .. Enumerable.Repeat(string.Empty, header.Width - raw.Length)];
        }

        if (isLast && UnclosedTag().IsMatch(raw[^1]))
        {
            throw Reject(n, $"文件在{list}第{number}项中间中断：最后一个单元格在 HTML 标记中间结束，文件不完整");
        }

        var extra = raw.Skip(header.Width).Where(c => c.Trim().Length > 0).ToList();
        var cells = raw.Take(header.Width).ToArray();
        if (extra.Count > 0)
        {
            cells[^1] = string.Join(' ', [cells[^1], .. extra]);
            reviewReason = (reviewReason is null ? "" : reviewReason + "；") + $"{list}第{number}项有{raw.Length}个单元格，比表头多{raw.Length - header.Width}个，多出的内容已并入“{ColumnName(header.Columns[^1])}”";
            Warn(n, reviewReason);
        }

        return cells;
    }

    /// <summary>
    /// A name or category cell of <c>&lt;p&gt;</c> paragraphs (a Word cell of two paragraphs) is read as its text; any
    /// other markup in these cells stays literal text, as the documents wrote it.
    /// </summary>
    private static string PlainText(string cell)
    {
        var text = cell.Trim();
        return text.StartsWith("<p>", StringComparison.Ordinal) && text.EndsWith("</p>", StringComparison.Ordinal) ? HtmlBlocks.PlainText(text) : cell;
    }

    private static ParsedDuty WithCooperativeCells(ParsedDuty duty, string departments, string upper, string township)
    {
        var list = DepartmentCell.Parse(departments);
        var split = SupportSection.Read(upper);
        return duty with
        {
            Departments = list.Departments,
            OtherDepartments = list.OtherDepartments,
            DepartmentResponsibilities = split.Duties,
            Support = split.Support,
            TownshipResponsibilities = ResponsibilityText.Parse(township),
        };
    }

    private ParsedDuty WithTakeover(ParsedDuty duty, string cell, int n, string list)
    {
        var takeover = TakeoverCell.Parse(cell);
        if (cell.Length > 0 && !takeover.Discontinued && takeover.Takeovers.All(t => t.Department is null))
        {
            Warn(n, $"{list}第{duty.Number}项的“承接部门及工作方式”中找不到承接部门");
        }

        return duty with { Takeovers = takeover.Takeovers, Discontinued = takeover.Discontinued, TakeoverText = cell };
    }

    private void Close(Section? section)
    {
        if (section is null)
        {
            return;
        }

        var list = ListName(section.Heading.Kind);
        if (section.Duties.Count == 0)
        {
            throw Reject(section.HeadingLine, $"“{list}”只有标题{(section.Header is null ? string.Empty : "和表头")}，没有任何事项，文件可能不完整");
        }

        section.EndCategory(this);
        foreach (var (duty, expected) in NumberingCheck.Gaps(section.Duties))
        {
            Warn(duty.Line, $"{list}序号不连续：应为{expected}，实为{duty.Number}");
        }

        if (section.Heading.Declared is { } declared && declared != section.Duties.Count)
        {
            Warn(section.HeadingLine, $"{list}标题声明{declared}项，实有{section.Duties.Count}项");
        }
    }

    /// <summary>A list the table of contents names but the file lacks means the file stops early.</summary>
    private void CheckTableOfContents()
    {
        foreach (var (kind, line) in _contents.Where(c => _sections.All(s => s.Heading.Kind != c.Kind)))
        {
            throw Reject(line, $"目录列有“{ListName(kind)}”，但文件中没有这张清单，文件可能不完整");
        }
    }

    private TownshipInfo ReadTownship(out string? date)
    {
        var title = TitleBlock.Read(document.Lines, document.KnownTownships);
        // A heading's prefix names the township, and may run county and prefecture into it (昌吉回族自治州吉木萨尔县三台镇).
        var heading = _sections
            .Select(s => PlaceName.Split(s.Heading.Prefix, document.KnownTownships) ?? new PlaceName(null, null, null, TitleBlock.TownshipFromHeading(s.Heading.Prefix)))
            .FirstOrDefault(p => p.Township is not null);
        var stated = new PlaceName(
            title.Region ?? heading?.Region,
            title.Prefecture ?? heading?.Prefecture,
            title.County ?? heading?.County,
            title.Township ?? heading?.Township);
        var (township, places) = PlaceResolution.Resolve(stated, metadata, document.FileName, _warnings);
        if (township.Name.Length == 0)
        {
            throw Reject(0, "找不到乡镇名称：文件既没有标题页，清单标题中也没有乡镇名称，元数据也未提供");
        }

        _places = places;
        date = title.Date ?? metadata?.Date;
        return township;
    }

    private static int LastContentLine(IReadOnlyList<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static IEnumerable<Column> RequiredColumns(DutyKind kind) => ListVocabulary.Of(kind).RequiredColumns;

    internal static string ListName(DutyKind kind) => ListVocabulary.NameOf(kind);

    private static string ColumnName(Column column) => ListVocabulary.ColumnName(column);

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";

    internal void Warn(int line, string message) => _warnings.Add(new ImportWarning(document.FileName, line, message));

    internal void Declare(string category, int count) => _declaredPerCategory[category] = count;

    private DocumentRejectedException Reject(int line, string reason) => new(document.FileName, line, reason);

    [GeneratedRegex(@"^注\s*[：:]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"<[^>]*$")]
    private static partial Regex UnclosedTag();

    /// <summary>A list being read: its heading, header, rows and, in 003, the category sub-heading in force.</summary>
    private sealed class Section(SectionHeading heading, int headingLine)
    {
        private int _declared;
        private int _counted;
        private int _categoryLine;

        public SectionHeading Heading { get; } = heading;

        public int HeadingLine { get; } = headingLine;

        public HeaderRow? Header { get; set; }

        public List<ParsedDuty> Duties { get; } = [];

        public string? Category { get; private set; }

        public void StartCategory(string category, int declared, int line, TableTextReading reading)
        {
            EndCategory(reading);
            Category = category;
            _declared = declared;
            _counted = 0;
            _categoryLine = line;
            reading.Declare(category, declared);
        }

        public void CountInCategory() => _counted++;

        /// <summary>Checks the count a category heading declared (<c>四、社会保障（19项）</c>) against the rows under it.</summary>
        public void EndCategory(TableTextReading reading)
        {
            if (_categoryLine > 0 && _counted != _declared)
            {
                reading.Warn(_categoryLine, $"{ListName(Heading.Kind)}类别“{Category}”声明{_declared}项，实有{_counted}项");
            }

            _categoryLine = 0;
        }
    }
}
