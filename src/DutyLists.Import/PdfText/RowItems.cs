using System.Text.RegularExpressions;

namespace DutyLists.Import.PdfText;

/// <summary>
/// Splits a list whose rows survived extraction in order (basic and reclaimed lists) into items. An item starts
/// at a line <c>N 类别 [名称…]</c> whose number is the next in sequence, so wrapped text that happens to start
/// with a number never starts an item.
/// </summary>
internal static partial class RowItems
{
    /// <summary>One item's lines: the start line's parts and the content lines after it (null = blank line).</summary>
    public sealed record Chunk(int Number, PdfLine Start, string Category, string RestOfStart, IReadOnlyList<PdfLine?> Body);

    public static List<Chunk> Split(IReadOnlyList<PdfLine> lines)
    {
        var chunks = new List<Chunk>();
        List<PdfLine?>? body = null;
        (int Number, PdfLine Start, string Category, string Tail)? current = null;
        foreach (var line in lines)
        {
            if (IsDropped(line.Raw))
            {
                continue;
            }

            var match = ItemStart().Match(line.Raw);
            if (match.Success && int.Parse(match.Groups[1].Value) == chunks.Count + (current is null ? 1 : 2))
            {
                if (current is { } done)
                {
                    chunks.Add(new Chunk(done.Number, done.Start, done.Category, done.Tail, body!));
                }

                current = (int.Parse(match.Groups[1].Value), line, match.Groups[2].Value, match.Groups[3].Value.Trim());
                body = [];
                continue;
            }

            // The number alone, the category on the next line (pdftotext -raw: "97" / "应急管理及" / "消防").
            if (current is { Category: "" } pending && !NoiseLines.IsBlank(line.Raw))
            {
                current = pending with { Category = line.Text };
                continue;
            }

            body?.Add(NoiseLines.IsBlank(line.Raw) ? null : line);
        }

        if (current is { } last)
        {
            chunks.Add(new Chunk(last.Number, last.Start, last.Category, last.Tail, body!));
        }

        return chunks;
    }

    /// <summary>Repeated header rows, page footers, detached full stops and junk quotes.</summary>
    private static bool IsDropped(string raw) =>
        !NoiseLines.IsBlank(raw) && (NoiseLines.IsNoise(raw) || TableHeader.IsHeaderRow(raw));

    /// <summary>The body's lines as paragraphs: runs of lines between blank lines.</summary>
    public static List<List<PdfLine>> Paragraphs(IEnumerable<PdfLine?> body)
    {
        var paragraphs = new List<List<PdfLine>>();
        List<PdfLine>? current = null;
        foreach (var line in body)
        {
            if (line is not { } content)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(content);
        }

        return paragraphs;
    }

    /// <summary>Joins lines wrapped by the PDF: the wrap falls anywhere, even inside a word (完|整, 政|治).</summary>
    public static string JoinWrapped(IEnumerable<PdfLine> lines) => string.Concat(lines.Select(l => l.Text));

    [GeneratedRegex(@"^[\s\f]*(\d+)(?: +(\S+)(?: +(.*))?)?$")]
    private static partial Regex ItemStart();
}
