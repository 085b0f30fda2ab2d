using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>The seed documents rendered to PDF by LibreOffice (Fixtures/make-fixtures.sh), each read once per run.</summary>
internal static class PdfFixtures
{
    public const string Pdf000 = "000-libreoffice.pdf";
    public const string Pdf004 = "004-libreoffice.pdf";

    private static readonly Dictionary<string, ParsedList> Cache = [];
    private static readonly Lock Gate = new();

    public static string PathOf(string fixture) => Path.Combine(AppContext.BaseDirectory, "Pdf", "Fixtures", fixture);

    /// <summary>The table text the extractor writes for a fixture.</summary>
    public static string TableText(string fixture) => new PdfExtractor().Extract(fixture, File.ReadAllBytes(PathOf(fixture)));

    /// <summary>A fixture read by the default reader, as an uploaded PDF would be.</summary>
    public static ParsedList Parsed(string fixture)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(fixture, out var list))
            {
                list = DutyListReader.CreateDefault().Read(fixture, File.ReadAllBytes(PathOf(fixture)));
                Cache[fixture] = list;
            }

            return list;
        }
    }
}
