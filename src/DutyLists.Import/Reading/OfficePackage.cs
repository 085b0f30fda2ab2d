using System.IO.Compression;
using System.Text;
using System.Xml;
using DutyLists.Import.Model;

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

    /// <summary>
    /// Reads every part of the package once, streaming, before the Office reader loads any of it: a part that expands
    /// past <see cref="ImportLimits.MaxPartBytes"/> (whatever size its header declares), a package past
    /// <see cref="ImportLimits.MaxPackageBytes"/> or <see cref="ImportLimits.MaxParts"/>, or an XML part with more
    /// than <see cref="ImportLimits.MaxXmlElements"/> elements or nested deeper than <see cref="ImportLimits.MaxXmlDepth"/>
    /// is refused. Memory stays at one buffer; the time is that of one decompression.
    /// </summary>
    /// <param name="fileName">The file as messages name it.</param>
    /// <param name="kind">The format as messages name it: Word or Excel.</param>
    /// <param name="content">The package's bytes.</param>
    /// <param name="limits">The limits to hold it to.</param>
    /// <param name="ct">Checked at every buffer read.</param>
    public static void CheckBounds(string fileName, string kind, byte[] content, ImportLimits limits, CancellationToken ct)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            // Not even a directory to read: the Office reader reports the damage in its own words.
            return;
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxParts)
            {
                throw Refuse(fileName, kind, $"包含 {LimitMessages.Count(zip.Entries.Count)} 个部件，超过 {LimitMessages.Count(limits.MaxParts)} 个的上限");
            }

            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxPartBytes)
                {
                    throw PartTooLarge(fileName, kind, entry.FullName, limits);
                }

                total += CheckPart(fileName, kind, entry, limits, ct);
                if (total > limits.MaxPackageBytes)
                {
                    throw Refuse(fileName, kind, $"解压后的总大小超过 {LimitMessages.Size(limits.MaxPackageBytes)} 的上限（可能是“压缩炸弹”）");
                }
            }
        }
    }

    private static long CheckPart(string fileName, string kind, ZipArchiveEntry entry, ImportLimits limits, CancellationToken ct)
    {
        try
        {
            using var stream = new BoundedReadStream(entry.Open(), limits.MaxPartBytes, ct);
            var elements = IsXml(entry.FullName) ? CountElements(stream, limits) : Drain(stream);
            if (stream.Exceeded)
            {
                throw PartTooLarge(fileName, kind, entry.FullName, limits);
            }

            if (elements > limits.MaxXmlElements)
            {
                throw Refuse(fileName, kind, $"部件“{entry.FullName}”的 XML 元素超过 {LimitMessages.Count(limits.MaxXmlElements)} 个的上限");
            }

            if (elements < 0)
            {
                throw Refuse(fileName, kind, $"部件“{entry.FullName}”的 XML 元素嵌套超过 {LimitMessages.Count(limits.MaxXmlDepth)} 层的上限");
            }

            return stream.BytesRead;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new DocumentRejectedException(fileName, 0, $"{kind} 文件已损坏，无法打开：部件“{entry.FullName}”无法读取：{e.Message}");
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The elements of an XML part, counted with a streaming reader; stops one past the limit, or -1 when nested too deep.</summary>
    private static long CountElements(BoundedReadStream stream, ImportLimits limits)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        var elements = 0L;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > limits.MaxXmlDepth)
                {
                    return -1;
                }

                if (++elements > limits.MaxXmlElements)
                {
                    return elements;
                }
            }
        }
        catch (XmlException) when (stream.Exceeded)
        {
            // Cut short at the size limit: the caller reports the size, not the broken XML.
        }

        return elements;
    }

    private static long Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        return 0;
    }

    private static DocumentRejectedException PartTooLarge(string fileName, string kind, string part, ImportLimits limits) =>
        Refuse(fileName, kind, $"部件“{part}”解压后超过 {LimitMessages.Size(limits.MaxPartBytes)} 的上限（单个部件解压后的大小；可能是“压缩炸弹”）");

    private static DocumentRejectedException Refuse(string fileName, string kind, string reason) =>
        new(fileName, 0, $"{kind} 文件{reason}，{LimitMessages.Tail}");
}
