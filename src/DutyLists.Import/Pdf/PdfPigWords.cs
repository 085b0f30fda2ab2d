using DutyLists.Import.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DutyLists.Import.Pdf;

/// <summary>
/// Reads a PDF's pages and words in-process with PdfPig. Words are built from the letters themselves rather than by
/// PdfPig's word extractors, so that the same rules hold whatever produced the file: letters on one baseline join
/// while they touch (a gap under an eighth of the font size), and a space or a wider gap ends a word.
/// </summary>
public static class PdfPigWords
{
    /// <summary>The widest gap between two letters of one word, as a fraction of the font size.</summary>
    private const double LetterGap = 0.12;

    /// <summary>
    /// The pages with their words in points from the top left corner. Refuses encrypted or damaged files naming the
    /// file; checks <paramref name="ct"/> on every page, and stops with a refusal past <paramref name="maxWords"/>.
    /// </summary>
    public static IReadOnlyList<PdfPage> Read(string fileName, byte[] content, long maxWords, CancellationToken ct)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            var pages = new List<PdfPage>(document.NumberOfPages);
            long words = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                ct.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var pageWords = Words(page, ct);
                words += pageWords.Count;
                if (words > maxWords)
                {
                    throw new DocumentRejectedException(fileName, 0,
                        $"PDF 的文字超过 {Reading.LimitMessages.Count(maxWords)} 个词的上限（读到第 {number} 页），已中止；{Reading.LimitMessages.Tail}");
                }

                pages.Add(new PdfPage(number, page.Width, page.Height, pageWords) { Rulings = Rulings(page, ct) });
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentRejectedException(fileName, 0, "PDF 已加密（需要密码才能打开），无法读取；请上传未加密的 PDF");
        }
        catch (Exception e) when (e is not OperationCanceledException and not DocumentRejectedException and not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with several exception types (format, invalid operation, index errors).
            throw new DocumentRejectedException(fileName, 0, $"PDF 无法读取（文件已损坏或不是有效的 PDF）：{e.Message}");
        }
    }

    /// <summary>The page's ruling lines from its paths' bounding boxes; one pass over the paths.</summary>
    private static PdfRulings Rulings(Page page, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var boxes = new List<(double, double, double, double, bool, bool)>();
        foreach (var path in page.Paths)
        {
            if (path.GetBoundingRectangle() is { } box)
            {
                boxes.Add((box.Left, box.Bottom, box.Right, box.Top, path.IsFilled, path.IsStroked));
            }
        }

        return PdfRulings.From(boxes, page.Height);
    }

    /// <summary>A page's words. Sorting by baseline, then x, keeps the pass O(n log n) in the page's letters.</summary>
    private static List<PdfWord> Words(Page page, CancellationToken ct)
    {
        var letters = page.Letters
            .Where(l => l.PointSize > 0 && l.Value.Length > 0)
            .Select(l => (Letter: l, Baseline: Math.Round(page.Height - l.StartBaseLine.Y, 1)))
            .OrderBy(l => l.Baseline)
            .ThenBy(l => l.Letter.StartBaseLine.X)
            .ToList();
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        double xMin = 0, xMax = 0, baseline = 0, size = 0;
        // A space glyph between two words on one line: a narrow font's space can be narrower than the gap read as one.
        var (space, afterSpace, spaceAfter) = (false, false, false);
        for (var i = 0; i < letters.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var (letter, letterBaseline) = letters[i];
            var blank = string.IsNullOrWhiteSpace(letter.Value);
            var (start, end) = (letter.StartBaseLine.X, letter.EndBaseLine.X);
            var joins = text.Length > 0 && !blank
                && Math.Abs(letterBaseline - baseline) < 0.2 * letter.PointSize
                && start - xMax < LetterGap * letter.PointSize
                && start > xMin;
            if (!joins)
            {
                var (previousEnd, previousBaseline) = (xMax, baseline);

                // A space glyph right after a word on its baseline: kept, as a line may break at it (…配方, / 耕地).
                spaceAfter = blank && text.Length > 0 && Math.Abs(letterBaseline - baseline) < 0.2 * letter.PointSize
                    && start >= xMax - (0.5 * letter.PointSize) && start - xMax < letter.PointSize;
                Close();
                if (blank)
                {
                    space = true;
                    continue;
                }

                afterSpace = space && Math.Abs(letterBaseline - previousBaseline) < 0.2 * letter.PointSize
                    && start >= previousEnd && start - previousEnd < letter.PointSize;
                space = false;
                (xMin, xMax, baseline, size) = (start, end, letterBaseline, letter.PointSize);
            }

            text.Append(letter.Value);
            xMax = Math.Max(xMax, end);
            size = Math.Max(size, letter.PointSize);
        }

        spaceAfter = false;
        Close();
        return words;

        void Close()
        {
            if (text.Length > 0)
            {
                // The line box the layout rules are measured in: 0.95 of the size above the baseline and 0.35 below, as
                // the ascent and descent of the CJK fonts these documents use.
                words.Add(new PdfWord(text.ToString(), xMin, baseline - (0.95 * size), xMax, baseline + (0.35 * size)) { AfterSpace = afterSpace, SpaceAfter = spaceAfter });
                text.Clear();
            }
        }
    }
}
