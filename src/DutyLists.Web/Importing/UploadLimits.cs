namespace DutyLists.Web.Importing;

/// <summary>
/// What an admin may upload: documents up to 20 MB, in the formats the importer reads. The import page checks the size
/// and type the browser reports before a byte is sent, and <see cref="ImportFlow"/> stops reading at the limit whatever
/// the browser said; the file comes in chunks within the circuit's default message size, which is left as it is.
/// </summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public static readonly IReadOnlyList<string> Extensions = [".txt", ".csv", ".xlsx", ".docx", ".pdf"];

    public static string Accept => string.Join(',', Extensions);
}
