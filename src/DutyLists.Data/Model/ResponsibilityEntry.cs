namespace DutyLists.Data.Model;

/// <summary>Which responsibility text of a cooperative duty an entry belongs to.</summary>
public enum ResponsibilityPart
{
    /// <summary>上级部门职责.</summary>
    Department,

    /// <summary>乡镇配合职责.</summary>
    Township,

    /// <summary>履职保障.</summary>
    Support,
}

/// <summary>One numbered (or unnumbered) entry of a responsibility text, as plain text.</summary>
public class ResponsibilityEntry
{
    public int Id { get; set; }

    public int DutyId { get; set; }

    public ResponsibilityPart Part { get; set; }

    /// <summary>Position within its part.</summary>
    public int Order { get; set; }

    /// <summary>The document's own marker (<c>1.</c>, <c>一、</c>), or null.</summary>
    public string? Number { get; set; }

    public required string Text { get; set; }

    /// <summary>A sub-heading or a department label rather than a step.</summary>
    public bool IsHeading { get; set; }
}
