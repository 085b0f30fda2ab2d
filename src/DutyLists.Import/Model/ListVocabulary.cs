using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Model;

/// <summary>
/// The words of a township duty list, defined once for every reader: the three lists' names (and the variants
/// documents write), the columns each list's table has with the header texts seen for them, and the patterns by
/// which a document declares its own counts (<c>共N项</c>, <c>（N项）</c>).
/// </summary>
public static partial class ListVocabulary
{
    /// <summary>
    /// Opens a last, extra cell of a table-text row in which the reader that wrote the row (the PDF table reader)
    /// says why its cells may be wrong; the row is read as usual and flagged for review with that reason.
    /// </summary>
    public const string ReaderDoubt = "⟦需复核⟧";

    /// <summary>The generic title of the whole document; it names no list.</summary>
    public const string DocumentTitle = "履职事项清单";

    /// <summary>One list: its name as headings write it, the word for its items, and its table's columns.</summary>
    /// <param name="Kind">Which of the three lists.</param>
    /// <param name="Name">The canonical name, e.g. <c>基本履职事项清单</c>.</param>
    /// <param name="ItemWord">The name without <c>清单</c>, as the 说明 counts items (<c>基本履职事项138项</c>) and sheets' 清单 column writes it.</param>
    /// <param name="Variants">Other endings documents give the same list's heading, longest first.</param>
    /// <param name="Columns">The table's columns in the documents' order.</param>
    /// <param name="RequiredColumns">Columns a table of this list cannot be read without.</param>
    public sealed record ListName(
        DutyKind Kind,
        string Name,
        string ItemWord,
        IReadOnlyList<string> Variants,
        IReadOnlyList<Column> Columns,
        IReadOnlyList<Column> RequiredColumns);

    /// <summary>The three lists, in the order documents print them.</summary>
    public static readonly IReadOnlyList<ListName> Lists =
    [
        new(
            DutyKind.Basic,
            "基本履职事项清单",
            "基本履职事项",
            [],
            [Column.Number, Column.Category, Column.Name],
            [Column.Number, Column.Name]),
        new(
            DutyKind.Cooperative,
            "配合履职事项清单",
            "配合履职事项",
            [],
            [Column.Number, Column.Category, Column.Name, Column.Departments, Column.DepartmentDuties, Column.TownshipDuties],
            [Column.Number, Column.Name, Column.Departments, Column.DepartmentDuties, Column.TownshipDuties]),
        new(
            DutyKind.Reclaimed,
            "上级部门收回事项清单",
            "上级部门收回事项",
            ["上级部门收回履职事项清单"],
            [Column.Number, Column.Category, Column.Name, Column.Takeover],
            [Column.Number, Column.Name, Column.Takeover]),
    ];

    /// <summary>
    /// Names of other kinds of list that township offices publish and that must not be read as a duty list: their
    /// rows have other columns (a 权力清单 row is 职权编码, 职权名称, 实施依据…).
    /// </summary>
    public static readonly IReadOnlyList<string> OtherListNames =
    [
        "权力清单", "责任清单", "权责清单", "负面清单", "公共服务事项清单", "证明事项清单", "行政许可事项清单", "小微权力清单",
    ];

    /// <summary>The canonical header text of each column, as error messages and writers name it.</summary>
    public static string ColumnName(Column column) => column switch
    {
        Column.Number => "序号",
        Column.Category => "事项类别",
        Column.Name => "事项名称",
        Column.Departments => "对应上级部门",
        Column.DepartmentDuties => "上级部门职责",
        Column.TownshipDuties => "乡镇配合职责",
        _ => "承接部门及工作方式",
    };

    /// <summary>
    /// Every header text seen for the columns, whole: the PDF-text layout shreds headers into pieces of these
    /// (<c>事</c>/<c>类</c>/<c>项</c>/<c>别</c>), so a piece is recognised by being part of one.
    /// </summary>
    public static readonly IReadOnlyList<string> ColumnTitles =
    [
        "序号", "事项类别", "事项名称", "履职事项", "对应上级部门", "上级部门职责", "乡镇配合职责", "承接部门及工作方式",
    ];

    /// <summary>
    /// Whole header cells as documents write them, the variants included (spaces removed, brackets half-width): a
    /// header cell read from positions is the longest run of pieces that spells one of these, so a cell laid out on
    /// one line (<c>上级部门职责 (含提供的履职保障)</c>) keeps its bracket and the next cell its own words.
    /// </summary>
    public static readonly IReadOnlyList<string> HeaderCellTexts =
    [
        .. ColumnTitles, "上级部门职责(含提供的履职保障)", "镇配合职责", "苏木乡镇(街道)配合职责", "乡镇(街道)配合职责",
    ];

    /// <summary>A header cell's text as <see cref="HeaderCellTexts"/> writes it: no spaces, half-width brackets.</summary>
    public static string HeaderCellKey(string cell) => CellText.RemoveWhitespace(cell).Replace('（', '(').Replace('）', ')');

    /// <summary>
    /// Categories seen in the province's lists so far (docs/import-formats.md §10.4), the variants included. A
    /// category is read from the document; this set only tells a category from a sentence and guides the PDF-text
    /// reader where a wrapped category cell ends.
    /// </summary>
    public static readonly IReadOnlyList<string> ObservedCategories =
    [
        "党的建设", "经济发展", "民生服务", "平安法治", "乡村振兴", "精神文明建设", "社会管理", "安全稳定", "民族宗教",
        "社会保障", "自然资源", "生态环保", "城乡建设", "交通运输", "文化和旅游", "文化旅游", "卫生健康", "应急管理及消防",
        "应急管理", "市场监管", "投资促进", "综合政务", "商贸流通", "教育培训监管",
    ];

    /// <summary>The longest a category label runs; the seeds' longest is 7 characters (应急管理及消防).</summary>
    public const int MaxCategoryLength = 12;

    /// <summary>
    /// Why a category cell does not look like a category, or null when it does: a category is a known word or a
    /// short label, never a sentence (a village list's duty read into the category column), nor a label cut at a
    /// connective (<c>应急管理及</c>, the rest wrapped into the name).
    /// </summary>
    public static string? CategoryProblem(string category)
    {
        var text = CellText.RemoveWhitespace(category);
        if (text.Length == 0)
        {
            return "没有事项类别";
        }

        if (ObservedCategories.Contains(text))
        {
            return null;
        }

        if (text.Length > MaxCategoryLength || text.AsSpan().IndexOfAny(SentencePunctuation) >= 0)
        {
            return $"事项类别“{Shorten(text)}”是一段话，不像类别";
        }

        return text[^1] is '及' or '和' or '与' or '、'
            ? $"事项类别“{text}”在连接词处断开，后半可能被读进了事项名称"
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。；：,;:！？“”");

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    /// <summary>The list with this kind.</summary>
    public static ListName Of(DutyKind kind) => Lists.First(l => l.Kind == kind);

    /// <summary>The canonical name of a list, e.g. <c>配合履职事项清单</c>.</summary>
    public static string NameOf(DutyKind kind) => Of(kind).Name;

    /// <summary>The name's ending a heading text ends with, canonical or variant, with the list it names; null if none.</summary>
    public static (DutyKind Kind, string Name)? EndingListName(string text)
    {
        foreach (var list in Lists)
        {
            foreach (var name in list.Variants.Append(list.Name))
            {
                if (text.EndsWith(name, StringComparison.Ordinal))
                {
                    return (list.Kind, name);
                }
            }
        }

        return null;
    }

    /// <summary>A list heading read: which list, what precedes its name, and the count it declares, if any.</summary>
    /// <param name="Kind">The list the heading opens.</param>
    /// <param name="Prefix">Prefecture, county and township as the heading writes them before the list's name.</param>
    /// <param name="Declared">The number of items the heading declares (<c>…基本履职事项清单（共108项）</c>), or null.</param>
    public sealed record Heading(DutyKind Kind, string Prefix, int? Declared);

    /// <summary>
    /// Reads a heading's text: it ends with a list name, optionally followed by the count it declares
    /// (<c>（108项）</c>, <c>（共108项）</c>, <c>共108项</c>). Null when the text names no list at its end.
    /// </summary>
    public static Heading? ReadHeading(string text)
    {
        var trimmed = text.Trim();
        var count = TrailingCount().Match(trimmed);
        var body = count.Success ? trimmed[..count.Index].TrimEnd() : trimmed;
        return EndingListName(body) is { } ending
            ? new Heading(ending.Kind, body[..^ending.Name.Length], count.Success ? int.Parse(count.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : null)
            : null;
    }

    [GeneratedRegex(@"\s*(?:[（(]\s*共?\s*(?<count>\d+)\s*项\s*[)）]|共\s*(?<count>\d+)\s*项)$")]
    private static partial Regex TrailingCount();

    /// <summary>The list a text names anywhere (a table of contents line, <c>2. 配合履职事项清单.....⇥8</c>), or null.</summary>
    public static DutyKind? NamedIn(string text)
    {
        foreach (var list in Lists)
        {
            if (list.Variants.Append(list.Name).Any(name => text.Contains(name, StringComparison.Ordinal)))
            {
                return list.Kind;
            }
        }

        return null;
    }

    /// <summary>The other kind of list a text names (<c>权力清单</c>), or null.</summary>
    public static string? OtherListNamedIn(string text) =>
        OtherListNames.FirstOrDefault(name => text.Contains(name, StringComparison.Ordinal));

    /// <summary>
    /// The column a header cell names, or null. Synonyms seen in the documents: 事项名称 | 履职事项 (000 basic);
    /// 镇配合职责 | 乡镇配合职责 | 苏木乡镇(街道) 配合职责; 上级部门职责 | 上级部门职责 (含提供的履职保障).
    /// </summary>
    public static Column? ColumnOf(string cell)
    {
        var text = CellText.RemoveWhitespace(cell);
        return text switch
        {
            "序号" => Column.Number,
            "事项类别" => Column.Category,
            "事项名称" or "履职事项" => Column.Name,
            "对应上级部门" => Column.Departments,
            "承接部门及工作方式" => Column.Takeover,
            _ when text.StartsWith("上级部门职责", StringComparison.Ordinal) => Column.DepartmentDuties,
            _ when text.EndsWith("配合职责", StringComparison.Ordinal) => Column.TownshipDuties,
            _ => null,
        };
    }

    /// <summary>Columns a list's header lacks, in the list's order; empty when the header can be read as that list.</summary>
    public static IReadOnlyList<Column> MissingColumns(DutyKind kind, IEnumerable<Column> header)
    {
        var present = header.ToHashSet();
        return [.. Of(kind).RequiredColumns.Where(c => !present.Contains(c))];
    }

    /// <summary>Columns a header has that the list's table does not (a 承接部门及工作方式 column in the basic list).</summary>
    public static IReadOnlyList<Column> ForeignColumns(DutyKind kind, IEnumerable<Column> header)
    {
        var allowed = Of(kind).Columns;
        return [.. header.Where(c => !allowed.Contains(c)).Distinct()];
    }

    /// <summary>
    /// A category heading row declaring its count: <c>一、党的建设（1项）</c>, <c>七、自然资源(2项)</c>,
    /// <c>九、生态环保 (7项)</c>. Groups <c>category</c> and <c>count</c>.
    /// </summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+、(?<category>.+?)\s*[（(]\s*(?<count>\d+)\s*项\s*[)）]$")]
    public static partial Regex CategoryCountHeading();

    /// <summary>A count declared after a name or heading: <c>（12项）</c>, <c>(12 项)</c>, <c>共12项</c>. Group <c>count</c>.</summary>
    [GeneratedRegex(@"(?:[（(]\s*共?\s*(?<count>\d+)\s*项\s*[)）]|共\s*(?<count>\d+)\s*项)")]
    public static partial Regex DeclaredCount();

    /// <summary>The document's total in its 说明: <c>共有履职事项293项</c> (spaces removed first).</summary>
    [GeneratedRegex(@"共有履职事项(\d+)项")]
    public static partial Regex TotalDeclared();

    /// <summary>A list's own count in its 说明 paragraph: <c>共有配合履职事项108项</c>.</summary>
    [GeneratedRegex(@"共有\S{0,12}?(\d+)项")]
    public static partial Regex ListTotalDeclared();

    /// <summary>Categories declared in a 说明 paragraph: <c>20个类别</c>.</summary>
    [GeneratedRegex(@"(\d+)个类别")]
    public static partial Regex CategoriesDeclared();

    /// <summary>Departments declared in a 说明 paragraph: <c>涉及35个部门（单位）</c>.</summary>
    [GeneratedRegex(@"涉及(\d+)个部门")]
    public static partial Regex DepartmentsDeclared();

    /// <summary>A list's item count as the 说明 writes it, e.g. <c>基本履职事项138项</c>.</summary>
    public static Regex ItemsDeclared(DutyKind kind) => new(Regex.Escape(Of(kind).ItemWord) + @"(\d+)项");
}
