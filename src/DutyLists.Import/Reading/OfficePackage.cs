using System.IO.Compression;
using System.Text;

namespace DutyLists.Import.Reading;

/// <summary>Recognises Office files, which are zip packages, by the part that makes each what it is.</summary>
public static class OfficePackage
{
    /// <summary>
    /// Whether the bytes are a zip holding <paramref name="part"/>. A package too damaged to open still counts when its
    /// local header names the part, so that a truncated .docx is rejected as a damaged Word file, not as binary junk.
    /// </summary>
    public static bool Holds(byte[] content, string part)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return content.AsSpan().IndexOf(Encoding.ASCII.GetBytes(part)) >= 0;
        }
    }
}
