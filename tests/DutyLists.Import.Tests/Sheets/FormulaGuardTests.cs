using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>
/// Exports carry no live formulas (OWASP's CSV-injection rule), and what the writer guards reads back exactly as it
/// was, a text that really begins with a dash or a quote included.
/// </summary>
public class FormulaGuardTests
{
    /// <summary>Cells a spreadsheet would run, or that the guard must escape to read back exactly.</summary>
    public static TheoryData<string> Guarded => new(
        "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "-1", "- 列表项", "''", "'=x", "'-", "=");

    /// <summary>Cells left as they are.</summary>
    public static TheoryData<string> Plain => new("", "组织开展基层理论宣讲", "1-2", "a=b", "'s", "'quoted", "'", " =x", "2024-01-01");

    [Theory]
    [MemberData(nameof(Guarded))]
    public void AGuardedCellIsWrittenBehindAQuoteAndReadsBackExactly(string cell)
    {
        var written = FormulaGuard.Neutralise(cell);

        Assert.Equal("'" + cell, written);
        Assert.Equal(cell, FormulaGuard.Restore(written));
    }

    [Theory]
    [MemberData(nameof(Plain))]
    public void APlainCellIsWrittenAndReadAsItIs(string cell)
    {
        Assert.Equal(cell, FormulaGuard.Neutralise(cell));
        Assert.Equal(cell, FormulaGuard.Restore(cell));
    }

    [Fact]
    public void NoCellOfACsvExportStartsAFormulaAndEveryCellReadsBackExactly()
    {
        var rows = Dangerous().Select(d => DutySheetRow.From(Township, "2024-01-01", d) with { County = "-县", Region = "@区" }).ToList();
        using var file = new MemoryStream();
        DutySheetCsvWriter.Write(rows, file);

        var cells = ReadCsv(file.ToArray());

        Assert.All(cells.SelectMany(r => r), c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"cell [{c}] starts a formula"));
        Assert.Equal(rows.Select(r => r.Cells), cells.Skip(1).Select(r => r.Select(FormulaGuard.Restore).ToList()));
    }

    [Fact]
    public void DangerousNamesRoundTripThroughCsvExactly()
    {
        var list = List();
        using var file = new MemoryStream();
        DutySheetCsvWriter.Write(DutySheetRow.From(list), file);

        var back = DutyListReader.CreateDefault().Read("guarded.csv", file.ToArray());

        Assert.Empty(DutyComparison.Differences(list.Duties, back.Duties));
        Assert.Equal(list.Duties.Select(d => d.Name), back.Duties.Select(d => d.Name));
    }

    [Fact]
    public void AWorkbookHoldsDangerousNamesAsInlineTextNeverAsFormulasAndReadsBackExactly()
    {
        var list = List();
        using var file = new MemoryStream();
        DutySheetXlsxWriter.Write(DutySheetRow.From(list), file);

        file.Position = 0;
        using (var workbook = SpreadsheetDocument.Open(file, isEditable: false))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            Assert.Empty(sheet.Descendants<CellFormula>());
            var texts = sheet.Descendants<Cell>().Where(c => c.DataType?.Value != CellValues.Number).ToList();
            Assert.All(texts, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
            Assert.Contains(texts, c => c.InnerText == "=HYPERLINK(\"http://x\",\"y\")");
        }

        var back = DutyListReader.CreateDefault().Read("guarded.xlsx", file.ToArray());

        Assert.Empty(DutyComparison.Differences(list.Duties, back.Duties));
    }

    private static readonly TownshipInfo Township = new("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", "新疆维吾尔自治区");

    private static readonly string[] Names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "-1", "- 列表项", "'quoted", "'=x", "''"];

    private static IEnumerable<ParsedDuty> Dangerous() =>
        Names.Select((name, i) => new ParsedDuty { Kind = DutyKind.Basic, Number = i + 1, Category = i % 2 == 0 ? "-党建" : "=党建", Name = name, Line = i + 2 })
            .Append(new ParsedDuty { Kind = DutyKind.Basic, Number = Names.Length + 1, Category = "党建", Name = "\tx", Line = Names.Length + 2 })
            .Append(new ParsedDuty { Kind = DutyKind.Basic, Number = Names.Length + 2, Category = "党建", Name = "\rx", Line = Names.Length + 3 });

    /// <summary>The dangerous names in the form the reader gives them (a leading tab or CR is whitespace it trims).</summary>
    private static ParsedList List() => new()
    {
        FileName = "guarded.csv",
        Sha256 = "",
        Layout = DocumentLayout.Sheet,
        Township = Township,
        DocumentDate = "2024-01-01",
        Lists = [DutyKind.Basic],
        Duties = [.. Dangerous().Take(Names.Length)],
        Warnings = [],
    };

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvHelper.CsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), new CsvHelper.CsvReaderOptions { HasHeader = false }, false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
