using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.Cells;

/// <summary>The 上级部门职责 entries split into the duties proper and the 履职保障 (support) part.</summary>
public sealed record UpperDuties(IReadOnlyList<ResponsibilityItem> Duties, IReadOnlyList<ResponsibilityItem> Support);

/// <summary>
/// Separates 履职保障 from the upper-duty cell (003, all rows). It is always the last part of the cell, written as
/// <c>履职保障： 提供业务指导。</c>, with a half-width colon, alone in its paragraph with the text in the next one, or in plain text.
/// </summary>
public static partial class SupportSection
{
    /// <summary>Parses an upper-duty cell and splits off its 履职保障 part; a cell without one has no support.</summary>
    public static UpperDuties Read(string cell) => Split(ResponsibilityText.Parse(cell));

    /// <summary>Everything from the first entry starting with 履职保障 on is support; its own text after the colon comes first.</summary>
    public static UpperDuties Split(IReadOnlyList<ResponsibilityItem> items)
    {
        var at = -1;
        for (var i = 0; i < items.Count && at < 0; i++)
        {
            if (items[i].Number is null && Label().IsMatch(items[i].Text))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return new UpperDuties(items, []);
        }

        var support = new List<ResponsibilityItem>();
        var own = Label().Replace(items[at].Text, string.Empty).Trim();
        if (own.Length > 0)
        {
            support.Add(new ResponsibilityItem(null, own));
        }

        support.AddRange(items.Skip(at + 1));
        return new UpperDuties([.. items.Take(at)], support);
    }

    [GeneratedRegex(@"^履职保障\s*[：:]\s*")]
    private static partial Regex Label();
}
