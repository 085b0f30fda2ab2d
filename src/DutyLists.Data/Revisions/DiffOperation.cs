using System.Text.Json.Serialization;

namespace DutyLists.Data.Revisions;

/// <summary>What a piece of a changed text is in the new version.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiffOperation>))]
public enum DiffOperation
{
    Equal,
    Inserted,
    Deleted,
}
