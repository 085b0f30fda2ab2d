using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.PdfText;

/// <summary>
/// Seed 004 (TAB layout) rendered to PDF by LibreOffice and extracted by pdftotext -raw (Fixtures/README.md):
/// a PDF-text document the parser was not written against, checked against the TAB original.
/// </summary>
public class SecondInputTests
{
    private const string Fixture = "004-libreoffice-pdftotext-raw.txt";

    private static readonly ParsedList Parsed = SeedDocuments.Parse(
        SeedDocuments.FromText(Fixture, File.ReadAllText(Path.Combine(SeedDocuments.FixtureDirectory, Fixture))));

    private static readonly Dictionary<DutyKind, List<string[]>> TableRows = ReadTableRows("004_8225977eeb55b18a.txt");

    [Fact]
    public void ReadsAsManyDutiesAsTheTableDocument()
    {
        Assert.Equal((108, 102, 31), (TableRows[DutyKind.Basic].Count, TableRows[DutyKind.Cooperative].Count, TableRows[DutyKind.Reclaimed].Count));
        foreach (var (kind, rows) in TableRows)
        {
            Assert.Equal(Enumerable.Range(1, rows.Count), Parsed.Of(kind).Select(d => d.Number));
        }
    }

    [Fact]
    public void ReadsTheSameCategoriesForTheBasicAndReclaimedLists()
    {
        foreach (var kind in new[] { DutyKind.Basic, DutyKind.Reclaimed })
        {
            Assert.Equal(TableRows[kind].Select(r => r[1]), Parsed.Of(kind).Select(d => d.Category));
        }
    }

    [Fact]
    public void ReadsCooperativeCategoriesOrFlagsThem()
    {
        var rows = TableRows[DutyKind.Cooperative];
        var wrong = Parsed.Of(DutyKind.Cooperative).Where(d => d.Category != rows[d.Number - 1][1]).ToList();
        Assert.True(wrong.Count <= 5, $"{wrong.Count} categories differ");
        Assert.All(wrong, d => Assert.True(d.Confidence < 1));
    }

    [Fact]
    public void ReadsTheTownshipAndCountyFromTheText()
    {
        Assert.Equal(("三台镇", "吉木萨尔县"), (Parsed.Township.Name, Parsed.Township.County));
    }

    /// <summary>Data rows of each list of a TAB document: the first cell is the item number.</summary>
    private static Dictionary<DutyKind, List<string[]>> ReadTableRows(string file)
    {
        var rows = new Dictionary<DutyKind, List<string[]>>();
        List<string[]>? current = null;
        foreach (var line in File.ReadAllLines(Path.Combine(SeedDocuments.SeedDirectory, file)))
        {
            if (!line.Contains('\t'))
            {
                var kind = line.EndsWith("基本履职事项清单", StringComparison.Ordinal) ? DutyKind.Basic
                    : line.EndsWith("配合履职事项清单", StringComparison.Ordinal) ? DutyKind.Cooperative
                    : line.EndsWith("上级部门收回事项清单", StringComparison.Ordinal) ? (DutyKind?)DutyKind.Reclaimed : null;
                if (kind is { } k)
                {
                    current = rows[k] = [];
                }

                continue;
            }

            var cells = line.Split('\t');
            if (current is not null && int.TryParse(cells[0], out _))
            {
                current.Add(cells);
            }
        }

        return rows;
    }
}
