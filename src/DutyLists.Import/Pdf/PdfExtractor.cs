using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Pdf;

/// <summary>
/// Reads a PDF's tables from word positions (PdfPig, in-process) and writes them in the table-text layout, so that
/// <see cref="TableText.TableTextParser"/> parses and validates them like a Word export. See decision 0015.
/// </summary>
public sealed class PdfExtractor : ITextExtractor
{
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    public string Format => "PDF";

    /// <summary>A PDF starts with <c>%PDF-</c> (within its first kilobyte, as readers allow leading junk).</summary>
    public bool Recognises(byte[] content) => content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf(Signature) >= 0;

    public string Extract(string fileName, byte[] content) => Extract(fileName, content, ImportLimits.Default, CancellationToken.None);

    public string Extract(string fileName, byte[] content, ImportLimits limits, CancellationToken ct)
    {
        // A word is at least one character, so the text limit bounds the words too.
        var pages = PdfPigWords.Read(fileName, content, limits.MaxTextChars, ct);
        if (pages.All(p => p.Words.Count == 0))
        {
            throw new DocumentRejectedException(fileName, 0,
                $"PDF 中没有可提取的文字（可能是扫描件）：{pages.Count} 页都没有文字层；请上传含文字的 PDF，或先做文字识别（OCR）");
        }

        var reading = new PdfTableReading();
        var text = reading.Read(pages, ct);
        if (!reading.FoundTable)
        {
            throw new DocumentRejectedException(fileName, 0, "PDF 中找不到清单表格的表头行（序号、事项类别、事项名称……），无法按表格读取");
        }

        return text;
    }
}
