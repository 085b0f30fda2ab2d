using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.TableText;

/// <summary>
/// 003's category rows, the only source of its categories: <c>一、党的建设（1项）⇥⇥⇥⇥</c>, also with half-width
/// parentheses (<c>七、自然资源(2项)</c>) and a space before them (<c>九、生态环保 (7项)</c>).
/// </summary>
public static class CategoryHeadingRow
{
    /// <summary>The category and its declared count, or null when the row is not a category heading.</summary>
    public static (string Category, int Declared)? TryRead(IReadOnlyList<string> cells)
    {
        if (cells.Count == 0 || cells.Skip(1).Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            return null;
        }

        var match = Pattern().Match(cells[0].Trim());
        return match.Success
            ? (CellText.RemoveWhitespace(match.Groups["category"].Value), int.Parse(match.Groups["count"].Value))
            : null;
    }

    private static Regex Pattern() => ListVocabulary.CategoryCountHeading();
}
