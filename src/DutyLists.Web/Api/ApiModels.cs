using DutyLists.Data.Queries;

namespace DutyLists.Web.Api;

/// <summary>A township as the JSON API returns it.</summary>
public sealed record TownshipDto(int Id, string Name, string? Level, string? County, string? Prefecture, string? Region, string? DocumentDate, CountsDto Counts)
{
    public static TownshipDto From(TownshipSummary t) =>
        new(t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.DocumentDate, new CountsDto(t.Counts.Basic, t.Counts.Cooperative, t.Counts.Reclaimed));
}

public sealed record CountsDto(int Basic, int Cooperative, int Reclaimed);

/// <summary>
/// A duty as the JSON API returns it; responsibilities are plain text entries with the document's numbering.
/// <c>category</c> and <c>departments</c> are the shared names (merged across documents by aliases), which the filters
/// take; <c>categoryAsWritten</c> is the document's own label where it differs (null where it is the same), and
/// <c>departmentDetails</c> gives each of <c>departments</c>, in the same order, with its id and the document's own
/// words (<c>asWritten</c>, null where the same).
/// </summary>
public sealed record DutyDto(
    int Id,
    string Kind,
    int Number,
    string Category,
    string Name,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> DepartmentResponsibilities,
    IReadOnlyList<string> TownshipResponsibilities,
    IReadOnlyList<string> Support,
    string? Takeover,
    bool Discontinued,
    IReadOnlyList<string> Warnings,
    string? CategoryAsWritten,
    IReadOnlyList<DutyDepartmentDto> DepartmentDetails)
{
    public static DutyDto From(DutyView d)
    {
        IReadOnlyList<DepartmentRef> departments = [.. d.Departments, .. d.Takeovers.Where(t => t.Department is not null).Select(t => t.Department!)];
        return new(
            d.Id,
            d.Kind.ToSlug(),
            d.Number,
            d.Category,
            d.Name,
            [.. departments.Select(x => x.Name)],
            Texts(d.DepartmentResponsibilities),
            Texts(d.TownshipResponsibilities),
            Texts(d.Support),
            d.TakeoverText,
            d.Discontinued,
            [.. d.ReviewReason is null ? [] : new[] { d.ReviewReason }, .. d.Warnings],
            d.CategoryAsWritten,
            [.. departments.Select(x => new DutyDepartmentDto(x.Id, x.Name, x.AsWritten))]);
    }

    private static IReadOnlyList<string> Texts(IReadOnlyList<Import.Model.ResponsibilityItem> items) =>
        [.. items.Select(i => i.Number is null ? i.Text : i.Number + i.Text)];
}

/// <summary>
/// A department a duty names: its id (the <c>department</c> filter and <c>/api/departments</c>), the shared name, and
/// the document's own words where they differ (吉木萨尔县残联 for 吉木萨尔县残疾人联合会), else null.
/// </summary>
public sealed record DutyDepartmentDto(int Id, string Name, string? AsWritten);

/// <summary>
/// A page of a township's duties: <c>total</c> duties match the filter; <c>next</c> is the URL of the following page,
/// null on the last.
/// </summary>
public sealed record DutyPageDto(int Total, int Page, int PageSize, string? Next, IReadOnlyList<DutyDto> Items);

/// <summary>A department as the JSON API returns it.</summary>
public sealed record DepartmentDto(int Id, string Name, string County, IReadOnlyList<string> Aliases, int CooperativeCount, int ReclaimedCount)
{
    public static DepartmentDto From(DepartmentSummary d) => new(d.Id, d.Name, d.County, d.Aliases, d.CooperativeCount, d.ReclaimedCount);
}
