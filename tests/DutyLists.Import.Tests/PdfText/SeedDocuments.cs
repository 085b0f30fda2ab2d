using System.Security.Cryptography;
using System.Text;
using DutyLists.Import.Model;
using DutyLists.Import.PdfText;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Tests.PdfText;

/// <summary>Seed documents read once per test run; finds <c>seed-data/</c> by walking up from the test binaries.</summary>
internal static class SeedDocuments
{
    public const string Pdf002 = "002_dd646a3972a54705.txt";

    private static readonly Lazy<ParsedList> Parsed002 = new(() => Parse(Load(Pdf002), ReadMetadata(Pdf002)));

    public static ParsedList Document002 => Parsed002.Value;

    public static string SeedDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("seed-data/ not found above " + AppContext.BaseDirectory);
        }
    }

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "PdfText", "Fixtures");

    public static SourceDocument Load(string fileName) => FromText(fileName, File.ReadAllText(Path.Combine(SeedDirectory, fileName)));

    public static SourceDocument FromText(string fileName, string text) =>
        new(fileName, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), text);

    public static DocumentMetadata? ReadMetadata(string fileName) =>
        DutyListReader.ReadMetadataBeside(Path.Combine(SeedDirectory, fileName));

    public static ParsedList Parse(SourceDocument document, DocumentMetadata? metadata = null) =>
        new PdfTextParser().Parse(document, metadata);

    public static IReadOnlyList<ParsedDuty> Of(this ParsedList list, DutyKind kind) =>
        [.. list.Duties.Where(d => d.Kind == kind)];

    public static ParsedDuty Item(this ParsedList list, DutyKind kind, int number) =>
        list.Duties.Single(d => d.Kind == kind && d.Number == number);
}
