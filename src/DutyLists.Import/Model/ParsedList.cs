namespace DutyLists.Import.Model;

/// <summary>A duty-list document read into plain records, before anything touches a database.</summary>
public sealed record ParsedList
{
    /// <summary>The document's file name (no folder), used in every warning and error.</summary>
    public required string FileName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the document's bytes.</summary>
    public required string Sha256 { get; init; }

    public required DocumentLayout Layout { get; init; }

    public required TownshipInfo Township { get; init; }

    /// <summary>Each part of <see cref="Township"/> with where its value came from (document, metadata file, form, command line).</summary>
    public IReadOnlyList<PlaceValue> Places { get; init; } = [];

    /// <summary>The document's date as written (<c>2025 年 7 月</c>), or null when it has none.</summary>
    public string? DocumentDate { get; init; }

    /// <summary>Introductory text such as a 说明 section, paragraphs joined by blank lines.</summary>
    public string? Introduction { get; init; }

    /// <summary>Figures the document declares about itself (counts per list, categories, departments).</summary>
    public DeclaredFigures? Declared { get; init; }

    /// <summary>The lists the document contains; a document may hold only one of the three.</summary>
    public required IReadOnlyList<DutyKind> Lists { get; init; }

    /// <summary>Every duty in document order: basic, then cooperative, then reclaimed.</summary>
    public required IReadOnlyList<ParsedDuty> Duties { get; init; }

    /// <summary>Irregularities that did not stop the import, each naming file, line and reason.</summary>
    public required IReadOnlyList<ImportWarning> Warnings { get; init; }
}

/// <summary>Where a township sits; parts a document does not name come from its metadata file.</summary>
/// <param name="Name">The township's name, e.g. 加尕斯台镇.</param>
/// <param name="Level">乡, 镇, 苏木 or 街道, from the name's ending.</param>
/// <param name="County">County-level unit (县/区/市), e.g. 察布查尔锡伯自治县.</param>
/// <param name="Prefecture">Prefecture-level unit (州/地区/市), e.g. 伊犁哈萨克自治州.</param>
/// <param name="Region">Province-level unit, e.g. 新疆维吾尔自治区.</param>
public sealed record TownshipInfo(string Name, string? Level, string? County, string? Prefecture, string? Region);

/// <summary>Counts a document states about itself, checked against what was parsed.</summary>
public sealed record DeclaredFigures
{
    public int? Total { get; init; }

    /// <summary>Declared number of duties per list.</summary>
    public IReadOnlyDictionary<DutyKind, int> Duties { get; init; } = new Dictionary<DutyKind, int>();

    /// <summary>Declared number of categories per list.</summary>
    public IReadOnlyDictionary<DutyKind, int> Categories { get; init; } = new Dictionary<DutyKind, int>();

    /// <summary>Declared number of departments (units) per list.</summary>
    public IReadOnlyDictionary<DutyKind, int> Departments { get; init; } = new Dictionary<DutyKind, int>();

    /// <summary>Declared number of duties per category (003's <c>一、党的建设（1项）</c> sub-headings).</summary>
    public IReadOnlyDictionary<string, int> DutiesPerCategory { get; init; } = new Dictionary<string, int>();
}
