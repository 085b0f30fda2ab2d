namespace DutyLists.Web.Importing;

/// <summary>What an admin may upload: documents up to 20 MB, in the formats the importer reads.</summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The request may be a little larger than the file: the form's other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (256 * 1024);

    public static readonly IReadOnlyList<string> Extensions = [".txt", ".csv", ".xlsx", ".docx", ".pdf"];

    public static string Accept => string.Join(',', Extensions);
}
