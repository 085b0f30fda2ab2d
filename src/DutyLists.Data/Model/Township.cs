namespace DutyLists.Data.Model;

/// <summary>A township (乡/镇/苏木/街道) and where it sits; its lists live in <see cref="Revisions"/>.</summary>
public class Township
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>乡, 镇, 苏木 or 街道.</summary>
    public string? Level { get; set; }

    public string? County { get; set; }

    public string? Prefecture { get; set; }

    public string? Region { get; set; }

    /// <summary>The revision shown to users; older ones stay readable.</summary>
    public int? CurrentRevisionId { get; set; }

    public ListRevision? CurrentRevision { get; set; }

    public List<ListRevision> Revisions { get; set; } = [];
}
