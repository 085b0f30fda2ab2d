using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>基本履职事项清单 of a PDF export: rows in order, names wrapped at the column's width.</summary>
internal static class BasicListReader
{
    public static List<ParsedDuty> Read(IReadOnlyList<PdfLine> lines, KnownCategories categories)
    {
        var duties = new List<ParsedDuty>();
        foreach (var chunk in RowItems.Split(lines))
        {
            var body = chunk.Body.ToList();
            var category = WrappedCategory.Complete(chunk, body, categories);
            var name = string.Concat(new[] { chunk.RestOfStart }.Concat(body.OfType<PdfLine>().Select(l => l.Text)));
            duties.Add(new ParsedDuty
            {
                Kind = DutyKind.Basic,
                Number = chunk.Number,
                Category = category,
                Name = name,
                Line = chunk.Start.Number,
            });
        }

        return duties;
    }
}

/// <summary>
/// A category too long for its column wraps onto the next line: <c>69 精神文明建</c> / <c>设</c>,
/// <c>123 应急管理及</c> / <c>消防</c> (002 L352-353).
/// </summary>
internal static class WrappedCategory
{
    /// <summary>The whole category; consumes the continuation line from <paramref name="body"/>.</summary>
    public static string Complete(RowItems.Chunk chunk, List<PdfLine?> body, KnownCategories categories)
    {
        if (categories.Contains(chunk.Category) || chunk.RestOfStart.Length > 0)
        {
            return chunk.Category;
        }

        var index = body.FindIndex(l => l is not null);
        if (index != 0 || body[index] is not { } next || next.Text.Length > 3)
        {
            return chunk.Category;
        }

        var joined = chunk.Category + next.Text;
        var followedByBreak = body.Count == 1 || body[1] is null;
        if (categories.Contains(joined) || followedByBreak)
        {
            body.RemoveAt(0);
            return joined;
        }

        return chunk.Category;
    }
}
