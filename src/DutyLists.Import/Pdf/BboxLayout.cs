using System.Globalization;
using System.Xml;

namespace DutyLists.Import.Pdf;

/// <summary>
/// Reads the XHTML of <c>pdftotext -bbox-layout</c>: <c>page</c> → <c>flow</c> → <c>block</c> → <c>line</c> →
/// <c>word</c>, each word with <c>xMin</c>/<c>yMin</c>/<c>xMax</c>/<c>yMax</c>. Only pages and words are kept:
/// pdftotext's own lines and blocks run across table columns, so the table is rebuilt from word positions.
/// </summary>
public static class BboxLayout
{
    public static IReadOnlyList<PdfPage> Read(string xhtml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(xhtml), settings);
        var pages = new List<PdfPage>();
        List<PdfWord>? words = null;
        double width = 0, height = 0;
        // ReadElementContentAsString already moves to the next node, so the loop reads only when nothing else did.
        var next = reader.Read();
        while (next)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                Close();
                width = Number(reader, "width");
                height = Number(reader, "height");
                words = [];
                next = reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && words is not null)
            {
                var (xMin, yMin, xMax, yMax) = (Number(reader, "xMin"), Number(reader, "yMin"), Number(reader, "xMax"), Number(reader, "yMax"));
                var text = reader.ReadElementContentAsString().Trim();
                if (text.Length > 0)
                {
                    words.Add(new PdfWord(text, xMin, yMin, xMax, yMax));
                }
            }
            else
            {
                next = reader.Read();
            }
        }

        Close();
        return pages;

        void Close()
        {
            if (words is not null)
            {
                pages.Add(new PdfPage(pages.Count + 1, width, height, words));
            }
        }
    }

    private static double Number(XmlReader reader, string attribute) =>
        double.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
