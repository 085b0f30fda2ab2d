using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>What the writers put out: a CSV Excel opens as UTF-8, a valid workbook, and memory that stays flat.</summary>
/// <remarks>Alone in its collection: the heap it measures is the process's, which tests running beside it would change.</remarks>
[Collection(MemoryMeasurement.Name)]
public class DutySheetWriterTests(ITestOutputHelper output)
{
    private static IEnumerable<DutySheetRow> Rows004 => DutySheetRow.From(SeedFiles.Parsed(SeedFiles.File004));

    [Fact]
    public void CsvStartsWithAByteOrderMarkAndTheHeader()
    {
        using var file = new MemoryStream();
        DutySheetCsvWriter.Write(Rows004, file);

        var bytes = file.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(string.Join(',', DutySheetColumns.All) + "\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookIsValidOpenXmlWithABoldFrozenHeader()
    {
        using var file = new MemoryStream();
        DutySheetXlsxWriter.Write(Rows004, file);

        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(PaneStateValues.Frozen, worksheet.Descendants<Pane>().Single().State!.Value);
        var header = worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal(DutySheetColumns.All, header.Select(c => c.InlineString!.InnerText));
        var bold = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)bold.FontId!.Value).Bold);
        Assert.Equal(1 + 241, worksheet.Descendants<Row>().Count());
    }

    [Fact]
    public async Task AsyncWritersGiveTheSameSheet()
    {
        var rows = Rows004.ToList();
        using var csv = new MemoryStream();
        using var xlsx = new MemoryStream();

        await DutySheetCsvWriter.WriteAsync(rows.ToAsyncEnumerable(), csv);
        await DutySheetXlsxWriter.WriteAsync(rows.ToAsyncEnumerable(), xlsx);

        using var syncCsv = new MemoryStream();
        DutySheetCsvWriter.Write(rows, syncCsv);
        Assert.Equal(syncCsv.ToArray(), csv.ToArray());
        var back = DutyListReader.CreateDefault().Read("004.xlsx", xlsx.ToArray());
        Assert.Empty(DutyComparison.Differences(SeedFiles.Parsed(SeedFiles.File004).Duties, back.Duties));
    }

    /// <summary>
    /// Writes 50,000 rows to a stream that can neither seek nor keep anything, measuring the live heap (after a full
    /// collection) at row 1,000 and at the last row: the writers hold no rows, so it must not grow with them.
    /// </summary>
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void MemoryDoesNotGrowWithTheNumberOfRows(string format)
    {
        const int count = 50_000;
        var template = Rows004.First(r => r.List == DutySheetColumns.ListValue(DutyKind.Cooperative));
        long atStart = 0, atEnd = 0;
        IEnumerable<DutySheetRow> Rows()
        {
            for (var i = 1; i <= count; i++)
            {
                if (i == 1_000 || i == count)
                {
                    var live = GC.GetTotalMemory(forceFullCollection: true);
                    (atStart, atEnd) = i == 1_000 ? (live, atEnd) : (atStart, live);
                }

                yield return template with { Number = i };
            }
        }

        var sink = new CountingStream();
        if (format == "csv")
        {
            DutySheetCsvWriter.Write(Rows(), sink);
        }
        else
        {
            DutySheetXlsxWriter.Write(Rows(), sink);
        }

        output.WriteLine($"{format}: {count} rows, {sink.Written / 1024 / 1024} MiB written, live heap {atStart / 1024} KiB at row 1,000, {atEnd / 1024} KiB at row {count}");
        Assert.True(sink.Written > 20L * 1024 * 1024 || format == "xlsx");
        Assert.InRange(atEnd - atStart, long.MinValue, 2L * 1024 * 1024);
    }

    /// <summary>A write-only stream that cannot seek and keeps nothing, like a response body.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;
    }
}
