using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>PDFs that cannot be imported are rejected with a reason a user can act on, naming the file.</summary>
public class RejectionTests
{
    [Fact]
    public void SaysHowToInstallPdftotextWhenItIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "pdftotext");
        var reader = new DutyListReader([], [new PdfExtractor(missing)]);

        var e = Assert.Throws<DocumentRejectedException>(() => reader.Read("清单.pdf", File.ReadAllBytes(PdfFixtures.PathOf(PdfFixtures.Pdf004))));

        Assert.Equal("清单.pdf", e.File);
        Assert.Contains("poppler-utils", e.Reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install poppler-utils", e.Reason, StringComparison.Ordinal);
        Assert.Contains(missing, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAPdfWithoutTextAsAPossibleScan()
    {
        var e = Reject("scanned.pdf");
        Assert.StartsWith("PDF 中没有可提取的文字（可能是扫描件）", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEncryptedPdfWithPdftotextsReason()
    {
        var e = Reject("encrypted.pdf");
        Assert.Contains("可能已加密或已损坏", e.Reason, StringComparison.Ordinal);
        Assert.Contains("Incorrect password", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsACorruptPdfWithPdftotextsReason()
    {
        var content = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n这不是完整的 PDF\n"u8.ToArray();
        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read("损坏.pdf", content));
        Assert.Equal(("损坏.pdf", 0), (e.File, e.Line));
        Assert.Contains("可能已加密或已损坏", e.Reason, StringComparison.Ordinal);
        Assert.Contains("xref", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAPdfWithTextButNoTable()
    {
        var e = Reject("no-table.pdf");
        Assert.StartsWith("PDF 中找不到清单表格的表头行", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsPdftotextThatTakesTooLong()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A stand-in that never finishes: the timeout, not the machine's pdftotext, is under test.
        var folder = Directory.CreateTempSubdirectory("dutylists-slow-");
        try
        {
            var slow = Path.Combine(folder.FullName, "pdftotext");
            File.WriteAllText(slow, "#!/bin/sh\nsleep 30\n");
            File.SetUnixFileMode(slow, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var extractor = new PdfExtractor(slow, TimeSpan.FromMilliseconds(300));

            var e = Assert.Throws<DocumentRejectedException>(() => extractor.Extract("慢.pdf", File.ReadAllBytes(PdfFixtures.PathOf("no-table.pdf"))));

            Assert.Contains("没有读完这个 PDF，已中止", e.Reason, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static DocumentRejectedException Reject(string fixture) =>
        Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(fixture, File.ReadAllBytes(PdfFixtures.PathOf(fixture))));
}
