using System.Text;

namespace DutyLists.Import.Pdf;

/// <summary>Groups words into visual lines and joins them back into text.</summary>
public static class PdfLines
{
    /// <summary>The narrowest gap, as a fraction of the font height, that is read as a space.</summary>
    private const double SpaceWidth = 0.18;

    /// <summary>Words whose vertical centre lies within the line above belong to it; each line is ordered left to right.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfWord>> Group(IEnumerable<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        double top = 0, bottom = 0;
        foreach (var word in words.OrderBy(w => w.YMin).ThenBy(w => w.XMin))
        {
            if (lines.Count > 0 && word.YCenter >= top && word.YCenter <= bottom)
            {
                lines[^1].Add(word);
                bottom = Math.Max(bottom, word.YMax);
            }
            else
            {
                lines.Add([word]);
                (top, bottom) = (word.YMin, word.YMax);
            }
        }

        return [.. lines.Select(l => (IReadOnlyList<PdfWord>)[.. l.OrderBy(w => w.XMin)])];
    }

    /// <summary>
    /// A line's words as text. Words also split where the font changes (“”, digits and Latin letters set in another
    /// font), and renderers put a little extra room between Chinese and Latin text (0.15 of the line height from
    /// LibreOffice) where the source has no space; a real space is wider (0.2 of the height) or a space glyph.
    /// </summary>
    public static string Text(IReadOnlyList<PdfWord> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0 && (line[i].AfterSpace || line[i].XMin - line[i - 1].XMax > SpaceWidth * line[i].Height))
            {
                text.Append(' ');
            }

            text.Append(line[i].Text);
        }

        return text.ToString();
    }

    /// <summary>Two wrapped lines join without a space unless both sides are Latin letters or digits (a wrap at a space).</summary>
    public static string JoinWrapped(string above, string below) =>
        above.Length > 0 && below.Length > 0 && char.IsAsciiLetterOrDigit(above[^1]) && char.IsAsciiLetterOrDigit(below[0])
            ? above + " " + below
            : above + below;
}
