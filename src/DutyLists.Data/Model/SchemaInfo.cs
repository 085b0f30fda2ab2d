namespace DutyLists.Data.Model;

/// <summary>The one row that says which version of the schema a database was created with.</summary>
public class SchemaInfo
{
    public int Id { get; set; }

    public int Version { get; set; }
}
