using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>What a suggestion names: a duty name to search for, or a township or department to open.</summary>
public enum SuggestionKind
{
    Duty,
    Township,
    Department,
}

/// <summary>One suggestion of the search box; <paramref name="Detail"/> tells apart equal names (the county).</summary>
public sealed record Suggestion(SuggestionKind Kind, string Text, int? Id, string? Detail);

/// <summary>
/// Suggestions while typing a search: townships, departments and duty names of the current lists that contain the
/// typed text, townships and departments first (few, and they open a page), then duty names (distinct names, since
/// many townships list the same duty).
/// </summary>
public sealed class SearchSuggestions(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public const int MaxTextLength = 50;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string? text, int limit = 12, CancellationToken ct = default)
    {
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0 || typed.Length > MaxTextLength)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var townships = await db.Townships.AsNoTracking()
            .Where(t => t.CurrentRevisionId != null && t.Name.Contains(typed))
            .OrderBy(t => t.Name.Length).ThenBy(t => t.Name).Take(4)
            .Select(t => new Suggestion(SuggestionKind.Township, t.Name, t.Id, t.County))
            .ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.Name.Contains(typed))
            .OrderBy(d => d.Name.Length).ThenBy(d => d.Name).Take(4)
            .Select(d => new Suggestion(SuggestionKind.Department, d.Name, d.Id, d.County))
            .ToListAsync(ct);
        var current = db.Townships.Where(t => t.CurrentRevisionId != null).Select(t => t.CurrentRevisionId!.Value);
        var left = Math.Max(0, limit - townships.Count - departments.Count);
        var duties = left == 0 ? [] : await db.Duties.AsNoTracking()
            .Where(d => current.Contains(d.RevisionId) && d.Name.Contains(typed))
            .Select(d => d.Name).Distinct()
            .OrderBy(n => n.Length).ThenBy(n => n).Take(left)
            .ToListAsync(ct);
        return [.. townships, .. departments, .. duties.Select(n => new Suggestion(SuggestionKind.Duty, n, null, null))];
    }
}
