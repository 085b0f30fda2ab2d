namespace DutyLists.Data.Revisions;

/// <summary>The fields in which two versions of a duty differ, each with its text segments.</summary>
internal static class FieldComparison
{
    public static IReadOnlyList<FieldChange> Compare(DutySnapshot old, DutySnapshot @new)
    {
        var changes = new List<FieldChange>();
        Text(DutyField.Name, old.Name, @new.Name);
        Text(DutyField.Category, old.Category, @new.Category);
        Text(DutyField.Departments, string.Join('、', old.Departments), string.Join('、', @new.Departments));
        Text(DutyField.OtherDepartments, old.OtherDepartments ?? "", @new.OtherDepartments ?? "");
        Text(DutyField.DepartmentResponsibilities, Lines(old.DepartmentResponsibilities), Lines(@new.DepartmentResponsibilities));
        Text(DutyField.TownshipResponsibilities, Lines(old.TownshipResponsibilities), Lines(@new.TownshipResponsibilities));
        Text(DutyField.Support, Lines(old.Support), Lines(@new.Support));
        Text(DutyField.Takeovers, Lines(old.Takeovers.Select(t => t.ToString())), Lines(@new.Takeovers.Select(t => t.ToString())));
        if (old.Discontinued != @new.Discontinued)
        {
            var (was, now) = (YesNo(old.Discontinued), YesNo(@new.Discontinued));
            changes.Add(new FieldChange(DutyField.Discontinued, was, now, [new(DiffOperation.Deleted, was), new(DiffOperation.Inserted, now)]));
        }

        Text(DutyField.TakeoverText, old.TakeoverText ?? "", @new.TakeoverText ?? "");
        return changes;

        void Text(DutyField field, string was, string now)
        {
            if (was != now)
            {
                changes.Add(new FieldChange(field, was, now, TextDiff.Compare(was, now)));
            }
        }
    }

    private static string Lines(IEnumerable<string> items) => string.Join('\n', items);

    private static string YesNo(bool value) => value ? "是" : "否";
}
