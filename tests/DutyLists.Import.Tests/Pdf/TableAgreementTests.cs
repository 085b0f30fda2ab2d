using DutyLists.Import.Model;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>
/// A seed document rendered to PDF (Fixtures/make-fixtures.sh) must import as the table-text document itself does:
/// same lists and counts, and per item the same number, category, name, departments, duty entries and takeovers.
/// </summary>
public class TableAgreementTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Pairs => new()
    {
        { PdfFixtures.Pdf000, SeedFiles.File000 },
        { PdfFixtures.Pdf004, SeedFiles.File004 },
    };

    private static readonly (string Name, Func<ParsedDuty, ParsedDuty, bool> Same)[] Fields =
    [
        ("number", (a, b) => a.Kind == b.Kind && a.Number == b.Number),
        ("category", (a, b) => a.Category == b.Category),
        ("name", (a, b) => a.Name == b.Name),
        ("departments", (a, b) => a.Departments.SequenceEqual(b.Departments) && a.OtherDepartments == b.OtherDepartments),
        ("upper duties", (a, b) => a.DepartmentResponsibilities.SequenceEqual(b.DepartmentResponsibilities) && a.Support.SequenceEqual(b.Support)),
        ("township duties", (a, b) => a.TownshipResponsibilities.SequenceEqual(b.TownshipResponsibilities)),
        ("takeovers", (a, b) => a.Takeovers.SequenceEqual(b.Takeovers) && a.Discontinued == b.Discontinued),
    ];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ReadsTheSameListsCountsAndTownship(string fixture, string seed)
    {
        var pdf = PdfFixtures.Parsed(fixture);
        var table = SeedFiles.Parsed(seed);
        Assert.Equal(DocumentLayout.TableText, pdf.Layout);
        Assert.Equal(table.Lists, pdf.Lists);
        foreach (var kind in table.Lists)
        {
            Assert.Equal(table.Duties.Where(d => d.Kind == kind).Select(d => d.Number), pdf.Duties.Where(d => d.Kind == kind).Select(d => d.Number));
        }

        Assert.Equal(table.Township, pdf.Township);
        Assert.Equal(table.DocumentDate, pdf.DocumentDate);
        // 004 cooperative #86 is flagged: its source separates the entries by spaces alone, and the PDF shows none at
        // the line break after 排查； (ReadsTheListRenderedAsRunningTextIntoFewerEntries).
        var flagged = pdf.Warnings.Where(w => w.Message.Contains("PDF 换行处不显示空格", StringComparison.Ordinal)).ToList();
        Assert.Equal(fixture.StartsWith("004", StringComparison.Ordinal) ? 1 : 0, flagged.Count);
        Assert.All(flagged, w => Assert.StartsWith("配合履职事项清单第86项", w.Message, StringComparison.Ordinal));
        Assert.Equal(flagged, pdf.Warnings);
    }

    /// <summary>
    /// Prints the agreement per field (the figures in docs/import-formats.md). The one known difference is 004
    /// cooperative #86: its 上级部门职责 cell is an <c>&lt;ol&gt;</c> whose entries are separated only by spaces, and the
    /// HTML rendering drops the list, so the PDF shows them as running text that reads as fewer entries.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void ReadsEveryItemAsTheTableDocumentDoes(string fixture, string seed)
    {
        var pairs = SeedFiles.Parsed(seed).Duties.Zip(PdfFixtures.Parsed(fixture).Duties).ToList();
        var differing = new List<string>();
        foreach (var (name, same) in Fields)
        {
            var wrong = pairs.Where(p => !same(p.First, p.Second)).Select(p => $"{p.First.Kind} #{p.First.Number}").ToList();
            output.WriteLine($"{fixture} {name}: {pairs.Count - wrong.Count} / {pairs.Count} agree{(wrong.Count > 0 ? "; differ: " + string.Join(", ", wrong) : string.Empty)}");
            differing.AddRange(wrong.Select(w => $"{name}: {w}"));
        }

        string[] known = fixture == PdfFixtures.Pdf004 ? ["upper duties: Cooperative #86"] : [];
        Assert.Equal(known, differing);
    }

    [Fact]
    public void ReadsTheListRenderedAsRunningTextIntoFewerEntries()
    {
        var table = SeedFiles.Duty(SeedFiles.File004, DutyKind.Cooperative, 86).DepartmentResponsibilities;
        var pdf = PdfFixtures.Parsed(PdfFixtures.Pdf004).Duties.Single(d => d.Kind == DutyKind.Cooperative && d.Number == 86).DepartmentResponsibilities;
        // A paragraph splits at a space after a sentence end as the list does, but one of those spaces falls at a line
        // end in the PDF, where nothing shows it: 17 entries, one of them two of the table's run together.
        Assert.Equal((18, 17), (table.Count, pdf.Count));
        Assert.Equal(table.Where(i => i.IsHeading), pdf.Where(i => i.IsHeading));
        Assert.Equal(string.Concat(table.Select(i => i.Text)), string.Concat(pdf.Select(i => i.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
