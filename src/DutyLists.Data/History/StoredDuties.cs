using DutyLists.Data.Model;
using DutyLists.Data.Queries;
using DutyLists.Import.Model;

namespace DutyLists.Data.History;

/// <summary>
/// A stored revision's duties read back as the importer's records, so that a correction builds its new revision
/// through the same mapping as an import (search text, canonical names) rather than copying entities by hand.
/// </summary>
internal static class StoredDuties
{
    public static async Task<List<ParsedDuty>> LoadAsParsedAsync(DutyListsDbContext db, int revisionId, CancellationToken ct)
    {
        var duties = await DutyQueries.LoadWithContentAsync(db, db.Duties.Where(d => d.RevisionId == revisionId).OrderBy(d => d.Kind).ThenBy(d => d.Number), ct);
        return [.. duties.Select(ToParsed)];
    }

    public static ParsedDuty ToParsed(Duty duty)
    {
        var parsed = new ParsedDuty
        {
            Kind = duty.Kind,
            Number = duty.Number,
            Category = duty.CategoryAsWritten ?? duty.Category!.Name,
            Name = duty.Name,
            Line = duty.SourceLine,
            Confidence = duty.Confidence,
            ReviewReason = duty.ReviewReason,
            SourceLines = duty.SourceText is null ? [] : duty.SourceText.Split('\n'),
        };
        return duty switch
        {
            CooperativeDuty c => parsed with
            {
                Departments = [.. c.Departments.OrderBy(d => d.Order).Select(d => d.NameAsWritten ?? d.Department!.Name)],
                OtherDepartments = c.OtherDepartments,
                DepartmentResponsibilities = Items(c, ResponsibilityPart.Department),
                TownshipResponsibilities = Items(c, ResponsibilityPart.Township),
                Support = Items(c, ResponsibilityPart.Support),
            },
            ReclaimedDuty r => parsed with
            {
                Takeovers = [.. r.Takeovers.OrderBy(t => t.Order).Select(t => new Takeover(t.DepartmentAsWritten ?? t.Department?.Name, t.Method))],
                Discontinued = r.Discontinued,
                TakeoverText = r.TakeoverText,
            },
            _ => parsed,
        };
    }

    private static List<ResponsibilityItem> Items(CooperativeDuty duty, ResponsibilityPart part) =>
        [.. duty.Responsibilities.Where(e => e.Part == part).OrderBy(e => e.Order).Select(e => new ResponsibilityItem(e.Number, e.Text, e.IsHeading))];
}
