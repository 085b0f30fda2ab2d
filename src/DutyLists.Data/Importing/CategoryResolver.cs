using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>Maps a category as written to the shared <see cref="Category"/>, through the alias table; unknown names become new categories.</summary>
internal sealed class CategoryResolver
{
    private readonly DutyListsDbContext _db;
    private readonly Dictionary<string, Category> _byName;

    private CategoryResolver(DutyListsDbContext db, Dictionary<string, Category> byName)
    {
        _db = db;
        _byName = byName;
    }

    public static async Task<CategoryResolver> LoadAsync(DutyListsDbContext db, CancellationToken ct)
    {
        var categories = await db.Categories.Include(c => c.Aliases).ToListAsync(ct);
        var byName = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            byName[category.Name] = category;
            foreach (var alias in category.Aliases)
            {
                byName.TryAdd(alias.Name, category);
            }
        }

        return new CategoryResolver(db, byName);
    }

    public Category Resolve(string asWritten)
    {
        if (!_byName.TryGetValue(asWritten, out var category))
        {
            category = new Category { Name = asWritten };
            _db.Categories.Add(category);
            _byName[asWritten] = category;
        }

        return category;
    }
}
