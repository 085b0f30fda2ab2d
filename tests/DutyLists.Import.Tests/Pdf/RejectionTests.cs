using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>PDFs that cannot be imported are rejected with a reason a user can act on, naming the file.</summary>
public class RejectionTests
{
    [Fact]
    public void RejectsAPdfWithoutTextAsAPossibleScan()
    {
        var e = Reject("scanned.pdf");
        Assert.StartsWith("PDF 中没有可提取的文字（可能是扫描件）", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEncryptedPdfSayingSo()
    {
        var e = Reject("encrypted.pdf");
        Assert.StartsWith("PDF 已加密", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsACorruptPdfSayingItIsDamaged()
    {
        var content = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n这不是完整的 PDF\n"u8.ToArray();
        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read("损坏.pdf", content));
        Assert.Equal(("损坏.pdf", 0), (e.File, e.Line));
        Assert.StartsWith("PDF 无法读取（文件已损坏或不是有效的 PDF）", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAPdfWithTextButNoTable()
    {
        var e = Reject("no-table.pdf");
        Assert.StartsWith("PDF 中找不到清单表格的表头行", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var content = File.ReadAllBytes(PdfFixtures.PathOf(PdfFixtures.Pdf004));

        Assert.ThrowsAny<OperationCanceledException>(() => new DutyLists.Import.Pdf.PdfExtractor().Extract("清单.pdf", content, DutyLists.Import.Reading.ImportLimits.Default, cancelled.Token));
    }

    private static DocumentRejectedException Reject(string fixture) =>
        Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(fixture, File.ReadAllBytes(PdfFixtures.PathOf(fixture))));
}
