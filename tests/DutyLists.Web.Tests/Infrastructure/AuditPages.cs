using AngleSharp.Dom;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Reading /admin/audit: each entry is a table row whose action chip carries <c>data-action</c>.</summary>
public static class AuditPages
{
    /// <summary>The text of every row of the page recording <paramref name="action"/>.</summary>
    public static IReadOnlyList<string> AuditRows(this IDocument page, string action) =>
        [.. page.QuerySelectorAll($"[data-action='{action}']").Select(e => e.Closest("tr")!.TextContent)];
}
