using DutyLists.Import.Model;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.PdfText;

/// <summary>
/// Seed 004 (TAB layout) rendered to PDF by LibreOffice and extracted by pdftotext -raw (Fixtures/README.md):
/// a PDF-text document the parser was not written against, checked against the TAB original.
/// </summary>
public class SecondInputTests(ITestOutputHelper output)
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

    [Fact]
    public void ReportsHowCloseEachListComesToTheTableDocument()
    {
        // The figures quoted in docs/import-formats.md; the floors are what the parser reaches today.
        var figures = new Dictionary<DutyKind, (int Categories, int Names, int Departments, int Flagged)>();
        foreach (var kind in new[] { DutyKind.Basic, DutyKind.Cooperative, DutyKind.Reclaimed })
        {
            var table = SeedFiles.Duties(SeedFiles.File004, kind);
            var pdf = Parsed.Of(kind);
            var pairs = table.Zip(pdf).ToList();
            figures[kind] = (
                pairs.Count(p => p.First.Category == p.Second.Category),
                pairs.Count(p => WithoutSpacesOrQuotes(p.First.Name) == WithoutSpacesOrQuotes(p.Second.Name)),
                pairs.Count(p => p.First.Departments.SequenceEqual(p.Second.Departments)),
                pdf.Count(d => d.Confidence < 1));
            output.WriteLine($"{kind}: {pdf.Count}/{table.Count} items, categories {figures[kind].Categories}, names {figures[kind].Names} (spaces and quotes ignored), department lists {figures[kind].Departments}, flagged {figures[kind].Flagged}");
        }

        var cooperative = SeedFiles.Duties(SeedFiles.File004, DutyKind.Cooperative).Zip(Parsed.Of(DutyKind.Cooperative)).ToList();
        var wrong = cooperative
            .Where(p => WithoutSpacesOrQuotes(p.First.Name) != WithoutSpacesOrQuotes(p.Second.Name) || !p.First.Departments.SequenceEqual(p.Second.Departments))
            .Select(p => p.Second).ToList();
        var unflaggedWrong = wrong.Where(d => d.Confidence >= 1 || d.ReviewReason is null).Select(d => d.Number).ToList();
        var flaggedRight = cooperative.Select(p => p.Second).Except(wrong).Count(d => d.Confidence < 1);
        output.WriteLine($"Cooperative: {wrong.Count} items with a wrong name or department list, {wrong.Count - unflaggedWrong.Count} of them flagged, {unflaggedWrong.Count} unflagged; {flaggedRight} flagged items are right");

        var reclaimedWithTakeovers = Parsed.Of(DutyKind.Reclaimed).Count(d => d.Takeovers.Count > 0);
        output.WriteLine($"Reclaimed: {reclaimedWithTakeovers}/31 with a takeover department");
        Assert.Equal((108, 108), (figures[DutyKind.Basic].Categories, figures[DutyKind.Basic].Names));
        Assert.True(figures[DutyKind.Cooperative] is { Categories: >= 100, Names: >= 95, Departments: >= 94 }, figures[DutyKind.Cooperative].ToString());
        Assert.True(figures[DutyKind.Reclaimed] is { Categories: 31, Names: 31 }, figures[DutyKind.Reclaimed].ToString());

        // Nothing uncertain is presented as certain: every cooperative item whose name or departments differ is flagged.
        Assert.True(unflaggedWrong.Count == 0, "unflagged wrong items: " + string.Join(", ", unflaggedWrong));
    }

    [Fact]
    public void ReadsReclaimedTakeoversWrittenAsDepartmentLabelsOrFlagsThem()
    {
        // 004 writes the cell as 吉木萨尔县民政局： 负责…, not 承接部门：/工作方式： pairs as 002 does.
        var pairs = SeedFiles.Duties(SeedFiles.File004, DutyKind.Reclaimed).Zip(Parsed.Of(DutyKind.Reclaimed)).ToList();
        var right = pairs.Where(p =>
            WithoutSpacesOrQuotes(p.First.Name) == WithoutSpacesOrQuotes(p.Second.Name)
            && p.First.Takeovers.Select(t => t.Department).SequenceEqual(p.Second.Takeovers.Select(t => t.Department))
            && p.First.Takeovers.Select(t => WithoutSpacesOrQuotes(t.Method)).SequenceEqual(p.Second.Takeovers.Select(t => WithoutSpacesOrQuotes(t.Method))))
            .Select(p => p.Second.Number).ToList();
        output.WriteLine($"Reclaimed: {right.Count}/31 with name, departments and methods equal to the TAB reading");

        Assert.True(right.Count >= 31, $"{right.Count} right");
        Assert.All(pairs, p => Assert.Equal(p.First.Discontinued, p.Second.Discontinued));
        Assert.All(pairs.Where(p => !right.Contains(p.Second.Number)), p => Assert.True(p.Second.Confidence < 1 && p.Second.ReviewReason is not null, $"#{p.Second.Number} unflagged"));
    }

    [Fact]
    public void SeparatesCellsGluedOnTheNumberLineOrFlagsThem()
    {
        // 56 自然资源 湿地保护工作 吉木萨尔县林 / 业和草原局、 / 自治区天山东 …: name, then the department's first line.
        var wetlands = Parsed.Item(DutyKind.Cooperative, 56);
        Assert.Equal("湿地保护工作", wetlands.Name);
        Assert.Equal(["吉木萨尔县林业和草原局", "自治区天山东部国有林管理局吉木萨尔分局"], wetlands.Departments.Take(2));

        // 49 自然资源 国土资源监督 吉木萨尔县自 1.对上级… 1.开展…: the duty texts' first lines cannot be placed.
        var land = Parsed.Item(DutyKind.Cooperative, 49);
        Assert.True(land.Confidence < 1);
        Assert.Contains("1.对上级推送、巡查发现的或三台镇", land.ReviewReason);

        // 11 党的建设 政协委员人选 吉木萨尔县委组: the department's rest is not found, so 吉木萨尔县委组 is not taken as certain.
        var committee = Parsed.Item(DutyKind.Cooperative, 11);
        Assert.True(committee.Confidence < 1);
        Assert.Contains("吉木萨尔县委组", committee.ReviewReason);
    }

    [Fact]
    public void SplitsANameAndMethodSharingALineAfterAPageBreakAndFlagsIt()
    {
        // #5: 拖拉机、联合收割机登记、证书和牌照 吉木萨尔县农业农村局： 负责拖拉机、联合收割机登 / (page break) / 核发 记、证书和牌照核发。
        var duty = Parsed.Item(DutyKind.Reclaimed, 5);
        Assert.Equal("拖拉机、联合收割机登记、证书和牌照核发", duty.Name);
        Assert.Equal(("吉木萨尔县农业农村局", "负责拖拉机、联合收割机登记、证书和牌照核发。"), (duty.Takeovers.Single().Department, duty.Takeovers.Single().Method));
        Assert.True(duty.Confidence < 1);
        Assert.Contains("核发 记、证书和牌照核发。", duty.ReviewReason);
        Assert.NotEmpty(duty.SourceLines);
    }

    private static string WithoutSpacesOrQuotes(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"')));

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
