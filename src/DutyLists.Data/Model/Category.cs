namespace DutyLists.Data.Model;

/// <summary>事项类别, shared by all townships so that lists can be filtered and compared across them.</summary>
public class Category
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Other spellings the documents use (文化旅游 for 文化和旅游).</summary>
    public List<CategoryAlias> Aliases { get; set; } = [];
}

/// <summary>Another spelling of a category. Seeded from <c>seed-data/category-aliases.csv</c>.</summary>
public class CategoryAlias
{
    public int Id { get; set; }

    public int CategoryId { get; set; }

    public required string Name { get; set; }
}
