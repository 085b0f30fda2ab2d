using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>Compares two readings of the same duties on everything the duty sheet carries, naming each difference.</summary>
public static class DutyComparison
{
    /// <summary>One line per duty that differs: which list and number, which part, and both values.</summary>
    public static List<string> Differences(IReadOnlyList<ParsedDuty> expected, IReadOnlyList<ParsedDuty> actual)
    {
        var differences = new List<string>();
        var byKey = actual.ToDictionary(d => (d.Kind, d.Number));
        foreach (var duty in expected)
        {
            if (!byKey.TryGetValue((duty.Kind, duty.Number), out var other))
            {
                differences.Add($"{duty.Kind} #{duty.Number}: missing");
                continue;
            }

            foreach (var (part, left, right) in Parts(duty).Zip(Parts(other), (l, r) => (l.Part, l.Value, r.Value)))
            {
                if (left != right)
                {
                    differences.Add($"{duty.Kind} #{duty.Number} {part}: [{left}] ≠ [{right}]");
                }
            }
        }

        differences.AddRange(actual.Where(d => !expected.Any(e => e.Kind == d.Kind && e.Number == d.Number)).Select(d => $"{d.Kind} #{d.Number}: extra"));
        return differences;
    }

    private static IEnumerable<(string Part, string Value)> Parts(ParsedDuty duty) =>
    [
        ("category", duty.Category),
        ("name", duty.Name),
        ("departments", string.Join(" | ", duty.Departments)),
        ("other departments", duty.OtherDepartments ?? "∅"),
        ("department duties", Items(duty.DepartmentResponsibilities)),
        ("township duties", Items(duty.TownshipResponsibilities)),
        ("support", Items(duty.Support)),
        ("takeovers", string.Join(" | ", duty.Takeovers.Select(t => $"{t.Department ?? "∅"}→{t.Method}"))),
        ("discontinued", duty.Discontinued.ToString()),
    ];

    private static string Items(IReadOnlyList<ResponsibilityItem> items) =>
        string.Join(" | ", items.Select(i => $"{(i.IsHeading ? "H:" : string.Empty)}{i.Number ?? "∅"}{i.Text}"));
}
