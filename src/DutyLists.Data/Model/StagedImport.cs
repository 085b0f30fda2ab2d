namespace DutyLists.Data.Model;

/// <summary>
/// An uploaded document waiting for the admin to confirm its preview. Kept in the database rather than on one
/// machine's disk, so that the confirming request may reach any instance; removed once imported or abandoned.
/// </summary>
public class StagedImport
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>What the admin supplied beside the file (county, prefecture, region), as JSON.</summary>
    public string? MetadataJson { get; set; }

    /// <summary>The admin confirmed that this is a new township sharing its name with one in another county.</summary>
    public bool NewTownshipConfirmed { get; set; }

    /// <summary>
    /// The admin chose to replace all three lists: a list the document lacks becomes empty. Otherwise such a list is
    /// carried over unchanged from the current revision.
    /// </summary>
    public bool ReplacesAllLists { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
