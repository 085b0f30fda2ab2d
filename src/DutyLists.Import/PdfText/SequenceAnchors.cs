using System.Text.RegularExpressions;

namespace DutyLists.Import.PdfText;

/// <summary>
/// The 序号 of each cooperative item, found in the column-scrambled text. Only the next number in sequence
/// counts, which skips stray digits inside garbled cells (002 L5200 <c>1</c>, L5250 <c>2</c>). The number comes
/// alone (<c>1</c>), glued after a category fragment (<c>和旅77</c>), before category and name fragments
/// (<c>62 生态环保源地保护工</c>), or split in two lines (<c>3</c> … <c>8</c>, 002 L2265/L2287).
/// </summary>
internal static partial class SequenceAnchors
{
    /// <summary>How far (in content lines) the second half of a split number may lie from the first.</summary>
    private const int SplitNumberReach = 40;

    /// <param name="Number">序号.</param>
    /// <param name="Index">Content line holding the number (its first half when split).</param>
    /// <param name="EndIndex">Last line of the number (the second half when split).</param>
    /// <param name="Glued">Category fragment printed before the number on the same line.</param>
    /// <param name="Rest">Text printed after the number on the same line.</param>
    public sealed record Anchor(int Number, int Index, int EndIndex, string Glued, string? Rest);

    public static List<Anchor> Find(IReadOnlyList<PdfLine> content)
    {
        var anchors = new List<Anchor>();
        var consumed = new HashSet<int>();
        for (var i = 0; i < content.Count; i++)
        {
            if (consumed.Contains(i))
            {
                continue;
            }

            var expected = anchors.Count + 1;
            if (Match(content[i].Text, expected, i) is { } anchor)
            {
                anchors.Add(anchor);
                continue;
            }

            if (SplitNumber(content, i, expected) is { } second)
            {
                anchors.Add(new Anchor(expected, i, second, "", null));
                consumed.Add(second);
            }
        }

        return anchors;
    }

    private static Anchor? Match(string text, int expected, int index)
    {
        if (text == expected.ToString())
        {
            return new Anchor(expected, index, index, "", null);
        }

        if (GluedNumber().Match(text) is { Success: true } glued && int.Parse(glued.Groups[2].Value) == expected)
        {
            return new Anchor(expected, index, index, glued.Groups[1].Value, null);
        }

        if (NumberThenText().Match(text) is { Success: true } rest && int.Parse(rest.Groups[1].Value) == expected)
        {
            return new Anchor(expected, index, index, "", rest.Groups[2].Value);
        }

        return null;
    }

    /// <summary>The line holding the rest of a number whose first digits stand alone on line <paramref name="i"/>.</summary>
    private static int? SplitNumber(IReadOnlyList<PdfLine> content, int i, int expected)
    {
        var digits = expected.ToString();
        var head = content[i].Text;
        if (head.Length == 0 || head.Length >= digits.Length || !digits.StartsWith(head, StringComparison.Ordinal) || !head.All(char.IsAsciiDigit))
        {
            return null;
        }

        var tail = digits[head.Length..];
        for (var j = i + 1; j < content.Count && j <= i + SplitNumberReach; j++)
        {
            if (content[j].Text == tail)
            {
                return j;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(\D{1,2})(\d{1,3})$")]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"^(\d{1,3}) +(\S.*)$")]
    private static partial Regex NumberThenText();
}
