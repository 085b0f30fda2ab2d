namespace DutyLists.Import.PdfText;

/// <summary>
/// Rebuilds a cooperative item's category from the pieces printed around its number: the category column is two
/// characters wide, so <c>党的建设</c> comes out as <c>党的</c> / <c>建</c> / number / <c>设</c>, and
/// <c>应急管理及消防</c> as <c>应急</c> / <c>管理</c> / <c>及消</c> / number / <c>防</c>.
/// </summary>
internal static class CategoryFragments
{
    /// <summary>The category column holds two or three characters a line (002: 党的 / 建; pdftotext -raw: 党的建 / 设).</summary>
    private const int FragmentWidth = 3;
    private const int MaxBefore = 3;
    private const int MaxAfter = 3;

    /// <param name="Category">The category, or the fragments as printed when no known category fits.</param>
    /// <param name="Lines">Content lines consumed by the category.</param>
    /// <param name="Known">Whether the fragments spell a known category.</param>
    /// <param name="NameStart">Name text printed after the category on the number's line.</param>
    public sealed record Result(string Category, IReadOnlyList<int> Lines, bool Known, string? NameStart);

    public static Result Rebuild(
        IReadOnlyList<PdfLine> content, SequenceAnchors.Anchor anchor, ISet<int> taken, KnownCategories known)
    {
        if (anchor.Rest is { } rest)
        {
            return AfterNumber(content, anchor, rest, taken, known);
        }

        var before = new List<int>();
        for (var i = anchor.Index - 1; i >= 0 && before.Count < MaxBefore && IsFragment(content[i], taken, i); i--)
        {
            before.Insert(0, i);
        }

        var after = new List<int>();
        for (var i = anchor.EndIndex + 1; i < content.Count && after.Count < MaxAfter && IsFragment(content[i], taken, i); i++)
        {
            after.Add(i);
        }

        Result? best = null;
        for (var k = 0; k <= before.Count; k++)
        {
            for (var j = 0; j <= after.Count; j++)
            {
                var used = before[(before.Count - k)..].Concat(after[..j]).ToList();
                var text = string.Concat(before[(before.Count - k)..].Select(i => content[i].Text))
                    + anchor.Glued + string.Concat(after[..j].Select(i => content[i].Text));
                if (known.Contains(text) && (best is null || used.Count > best.Lines.Count))
                {
                    best = new Result(text, used, true, null);
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        // Nothing known fits: take every fragment before the number and the first after it, and say so.
        var fallback = before.Concat(after.Take(1)).ToList();
        var printed = string.Concat(before.Select(i => content[i].Text)) + anchor.Glued + string.Concat(after.Take(1).Select(i => content[i].Text));
        return new Result(printed, fallback, false, null);
    }

    /// <summary>
    /// The category printed on the number's line: whole and followed by a name piece (<c>62 生态环保源地保护工</c>,
    /// 002 L3302), or cut at the column's width with the rest on the next line (<c>1 党的建</c> / <c>设</c>).
    /// </summary>
    private static Result AfterNumber(IReadOnlyList<PdfLine> content, SequenceAnchors.Anchor anchor, string rest, ISet<int> taken, KnownCategories known)
    {
        if (known.LongestPrefixOf(rest) is { } prefix)
        {
            var nameStart = rest[prefix.Length..].Trim();
            return new Result(prefix, [], true, nameStart.Length > 0 ? nameStart : null);
        }

        var text = rest;
        var used = new List<int>();
        for (var i = anchor.EndIndex + 1; i < content.Count && used.Count < MaxAfter && IsContinuation(content[i], taken, i); i++)
        {
            text += content[i].Text;
            used.Add(i);
            if (known.Contains(text))
            {
                return new Result(text, used, true, null);
            }
        }

        return new Result(rest, [], false, null);
    }

    /// <summary>A cut category's next line may hold one more character than the cut line (理及消防).</summary>
    private static bool IsContinuation(PdfLine line, ISet<int> taken, int index) =>
        !taken.Contains(index) && line.Text.Length <= FragmentWidth + 1 && line.Text.All(char.IsLetter);

    private static bool IsFragment(PdfLine line, ISet<int> taken, int index) =>
        !taken.Contains(index) && line.Text.Length <= FragmentWidth && !line.Text.Any(char.IsAsciiDigit) && line.Text.All(char.IsLetter);
}
