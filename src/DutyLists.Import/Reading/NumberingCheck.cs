using DutyLists.Import.Model;

namespace DutyLists.Import.Reading;

/// <summary>Finds breaks in a list's numbering (序号), which every layout reports as a warning, never a rejection.</summary>
public static class NumberingCheck
{
    /// <summary>The duties, in the given order, whose number does not follow the one before (the first should be 1).</summary>
    public static IEnumerable<(ParsedDuty Duty, int Expected)> Gaps(IEnumerable<ParsedDuty> duties)
    {
        var expected = 1;
        foreach (var duty in duties)
        {
            if (duty.Number != expected)
            {
                yield return (duty, expected);
            }

            expected = duty.Number + 1;
        }
    }
}
