using System.Text;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.Pdf;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Tests.Limits;

/// <summary>
/// Each hostile file is refused by the limit it runs into, with a message naming the file and the limit, and having
/// allocated a bounded amount of memory (the allocations are counted on the reading thread, not timed).
/// </summary>
[Collection(Sheets.MemoryMeasurement.Name)]
public class BoundedReadingTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void AnXlsxOfAFewKilobytesWithRowNumberFourBillionIsRefused()
    {
        var bytes = HostileDocuments.XlsxWithHugeRowNumber();

        var (e, allocated) = Refuse("huge-row.xlsx", bytes);

        Assert.InRange(bytes.Length, 1000, 3000);
        Assert.Contains("4000000000", e.Reason, StringComparison.Ordinal);
        Assert.Contains("100,000 行的上限", e.Reason, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 20 * MB);
    }

    [Fact]
    public void AnXlsxCellReferenceFarPastTheLastColumnIsRefused()
    {
        var (e, allocated) = Refuse("far-column.xlsx", HostileDocuments.XlsxWithFarColumn());

        Assert.Equal(3, e.Line);
        Assert.Contains("ZZZZZZ3", e.Reason, StringComparison.Ordinal);
        Assert.Contains("1,000 列的上限", e.Reason, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 20 * MB);
    }

    [Fact]
    public void ADocxCellSpanningTwoBillionColumnsIsRefused()
    {
        var bytes = HostileDocuments.DocxWithHugeSpan();

        var (e, allocated) = Refuse("span.docx", bytes);

        Assert.InRange(bytes.Length, 500, 3000);
        Assert.Contains("第 1 个表格第 2 行", e.Reason, StringComparison.Ordinal);
        Assert.Contains("1,000 列的上限", e.Reason, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 20 * MB);
    }

    /// <summary>The realistic case, at the default limit: 40 MB of worksheet from a file of some 40 KB.</summary>
    [Fact]
    public void AnXlsxZipBombIsRefusedAtTheDefaultPartLimitWithoutHoldingThePart()
    {
        var bytes = HostileDocuments.XlsxBomb(40 * MB);

        var (e, allocated) = Refuse("bomb.xlsx", bytes);

        Assert.InRange(bytes.Length, 1, 200 * 1024);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Reason, StringComparison.Ordinal);
        Assert.Contains("32 MB 的上限", e.Reason, StringComparison.Ordinal);
        // The part is streamed through one buffer, never held: far less than its 40 MB is allocated.
        Assert.InRange(allocated, 0, 16 * MB);
    }

    /// <summary>
    /// The zip headers claim 1 KB for a part that expands to 3 MB: the zip reader hands out no more than the declared
    /// size, so the part reads as cut-off XML and the package is refused as damaged, having expanded next to nothing.
    /// </summary>
    [Fact]
    public void AZipBombThatUnderstatesItsSizeIsRefusedAsDamagedWithoutExpanding()
    {
        var bytes = HostileDocuments.WithDeclaredSize(HostileDocuments.XlsxBomb(3 * MB), "xl/worksheets/sheet1.xml", 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read("lying.xlsx", bytes));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 * MB);
        Assert.Equal("lying.xlsx", e.File);
        Assert.StartsWith("Excel 文件已损坏，无法打开：部件“xl/worksheets/sheet1.xml”", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxZipBombIsRefusedAtALoweredPartLimit()
    {
        var limits = new ImportLimits { MaxPartBytes = 1 * MB };

        var (e, _) = Refuse("bomb.docx", HostileDocuments.DocxBomb(3 * MB), limits);

        Assert.Contains("word/document.xml", e.Reason, StringComparison.Ordinal);
        Assert.Contains("1 MB 的上限", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void APackageLargerInTotalThanItsLimitIsRefused()
    {
        var limits = new ImportLimits { MaxPartBytes = 2 * MB, MaxPackageBytes = 1 * MB };

        var (e, _) = Refuse("bomb.xlsx", HostileDocuments.XlsxBomb((3 * MB) / 2), limits);

        Assert.Contains("总大小超过 1 MB 的上限", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnXmlPartWithMoreElementsThanTheLimitIsRefusedBeforeItIsLoaded()
    {
        var (e, allocated) = Refuse("rows.xlsx", HostileDocuments.XlsxWithManyElements(1_100_000));

        Assert.Contains("XML 元素超过 1,000,000 个的上限", e.Reason, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 20 * MB);
    }

    [Fact]
    public void ACsvCellOfAHundredThousandUnclosedDivsIsRefusedByItsLength()
    {
        var bytes = HostileDocuments.CsvWithUnclosedDivs(100_000);

        var (e, _) = Refuse("divs.csv", bytes);

        Assert.InRange(bytes.Length, 500_000, 600_000);
        Assert.Equal(2, e.Line);
        Assert.Contains("32,767 个字符的上限", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellUnderTheLengthLimitIsHeldToTheTagAndNestingLimits()
    {
        var (tags, _) = Refuse("tags.csv", HostileDocuments.CsvWithUnclosedDivs(5_000));
        var (nesting, _) = Refuse("nesting.csv", HostileDocuments.CsvWithUnclosedDivs(100));

        Assert.Contains("HTML 标记超过 1,000 个的上限", tags.Reason, StringComparison.Ordinal);
        Assert.Contains("嵌套超过 64 层的上限", nesting.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableTextCellIsHeldToTheSameLimits()
    {
        var text = "三台镇基本履职事项清单\n序号\t事项类别\t事项名称\n1\t党的建设\t" + string.Concat(Enumerable.Repeat("<div>", 100_000));

        var (e, _) = Refuse("divs.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(3, e.Line);
        Assert.Contains("32,767 个字符的上限", e.Reason, StringComparison.Ordinal);
    }

    /// <summary>A cell that reaches the HTML reader some other way is not parsed as a tree: its tags are dropped.</summary>
    [Fact]
    public void DeeplyNestedMarkupIsReadAsTextWithoutBuildingItsTree()
    {
        var blocks = HtmlBlocks.Read(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "审批");

        Assert.Equal([new TextBlock(BlockKind.Plain, "审批")], blocks);
    }

    [Fact]
    public void AReadPastItsDeadlineIsRefusedNamingTheDeadline()
    {
        var reader = new DutyListReader([new Import.Sheets.DutySheetParser()], [new StallingExtractor()], new ImportLimits { ParseTimeout = TimeSpan.FromMilliseconds(200) });

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read("slow.xlsx", HostileDocuments.Xlsx()));

        Assert.Equal(("slow.xlsx", 0), (e.File, e.Line));
        Assert.Contains("解析超过 0.2 秒的时限", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACancelledReadStopsWithoutARefusal()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DutyListReader.CreateDefault().Read("x.csv", HostileDocuments.ValidCsv(), ct: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => DutyListReader.CreateDefault().Read("x.xlsx", HostileDocuments.XlsxBomb(4 * MB), ct: cancelled.Token));
    }

    [Fact]
    public void ThePdfTableReaderStopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var page = new PdfPage(1, 842, 595, [new PdfWord("序号", 10, 10, 30, 20)]);

        Assert.ThrowsAny<OperationCanceledException>(() => new PdfTableReading().Read([page], cancelled.Token));
    }

    /// <summary>Seed 000's PDF on landscape pages and turned on its side: each read (or refused) well within the deadline.</summary>
    [Fact]
    public void PathologicalPdfLayoutsOfASeedFinishWithinTheDeadline()
    {
        var pdf = File.ReadAllBytes(Pdf.PdfFixtures.PathOf(Pdf.PdfFixtures.Pdf000));
        var reader = DutyListReader.CreateDefault(new ImportLimits { ParseTimeout = TimeSpan.FromSeconds(30) });

        var landscape = reader.Read("landscape.pdf", HostileDocuments.PdfInLandscape(pdf));
        var rotated = Assert.Throws<DocumentRejectedException>(() => reader.Read("rotated.pdf", HostileDocuments.PdfRotated(pdf)));

        // What runs off the shorter pages is cut away by pdftotext; what is left is read as table rows.
        Assert.InRange(landscape.Duties.Count, 1, Pdf.PdfFixtures.Parsed(Pdf.PdfFixtures.Pdf000).Duties.Count);
        Assert.Contains("找不到清单表格的表头行", rotated.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentsWithinTheLimitsStillRead()
    {
        var list = DutyListReader.CreateDefault().Read("ok.xlsx", HostileDocuments.Xlsx());

        Assert.Equal("组织开展基层理论宣讲", Assert.Single(list.Duties).Name);
    }

    private static (DocumentRejectedException Error, long Allocated) Refuse(string fileName, byte[] bytes, ImportLimits? limits = null)
    {
        var reader = DutyListReader.CreateDefault(limits);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read(fileName, bytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(fileName, e.File);
        Assert.Contains("上限", e.Reason, StringComparison.Ordinal);
        return (e, allocated);
    }

    /// <summary>An extractor that works until it is stopped, as a reader caught in a pathological layout would.</summary>
    private sealed class StallingExtractor : ITextExtractor
    {
        public string Format => "stalling";

        public bool Recognises(byte[] content) => true;

        public string Extract(string fileName, byte[] content, ImportLimits limits, CancellationToken ct)
        {
            ct.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("The deadline never came.");
        }
    }
}
