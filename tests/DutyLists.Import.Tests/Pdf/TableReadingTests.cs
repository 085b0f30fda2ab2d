using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

using static HandPlaced;

/// <summary>
/// The table rebuilding on hand-placed words, for layouts the LibreOffice fixtures do not have: top-aligned cells, a
/// letter-spaced header, a row running onto a page without a repeated header, page numbers and a note after the table.
/// </summary>
public class TableReadingTests
{

    [Fact]
    public void RebuildsRowsAcrossAPageWithoutARepeatedHeader()
    {
        PdfPage[] pages =
        [
            Page(1,
                Word("三台镇基本履职事项清单", 40, 40),
                Word("序", 44, 70), Word("号", 57, 70), Word("事项类别", 90, 70), Word("事项名称", 250, 70),
                Word("1", 44, 100), Word("党的建设", 80, 100), Word("加强党的建设工作", 140, 100),
                Word("2", 44, 130), Word("经济发展", 80, 130), Word("负责本镇经济运行监测，", 140, 130), Word("做好统计数据上报审核，", 140, 143.1),
                Word("-", 285, 800), Word("1", 292, 800), Word("-", 299, 800)),
            Page(2,
                Word("按月报送", 140, 40),
                Word("3", 44, 70), Word("民生服务", 80, 70), Word("开展民生工作", 140, 70),
                Word("注：以上事项根据工作需要调整。", 40, 120),
                Word("第", 280, 800), Word("2", 291, 800), Word("页", 300, 800)),
        ];

        var reading = new PdfTableReading();
        var text = reading.Read(pages);

        Assert.True(reading.FoundTable);
        Assert.Equal(
            [
                "三台镇基本履职事项清单",
                "序号\t事项类别\t事项名称",
                "1\t党的建设\t加强党的建设工作",
                "2\t经济发展\t负责本镇经济运行监测，做好统计数据上报审核，按月报送",
                "3\t民生服务\t开展民生工作",
                "注：以上事项根据工作需要调整。",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void CutsRuledRowsAtTheirRulingsHoweverTightTheLines()
    {
        // Lines set closer than their boxes (as Chromium prints): without the rulings, header and rows run together.
        var header = new[] { Word("序号", 44, 60), Word("事项类别", 80, 60), Word("事项名称", 250, 60) };
        var page1 = Ruled(1, [60, 73, 85, 109], [..header,
            Word("1", 44, 73), Word("党的建设", 80, 73),
            Word("加强党的建设工作", 140, 73),
            Word("负责本镇经济运行监测，", 140, 85), Word("做好统计数据上报审", 140, 96)]);
        // The second row's number stands on its second part only: its first part, above, waits for it.
        var page2 = Ruled(2, [60, 73, 85, 97], [..header,
            Word("核，按月报送", 140, 73),
            Word("2", 44, 85), Word("经济发展", 80, 85)]);

        var text = new PdfTableReading().Read([page1, page2]);

        Assert.Equal(
            [
                "序号\t事项类别\t事项名称",
                "1\t党的建设\t加强党的建设工作",
                "2\t经济发展\t负责本镇经济运行监测，做好统计数据上报审核，按月报送",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void FindsHeaderCellsByTheirNamesWhateverTheGapBetweenThem()
    {
        // 事项 / 类别 wrapped in its cell a point after 序号: only the vocabulary tells where one cell ends.
        var page = Page(1,
            Word("序号", 44, 60), Word("事项", 65, 54), Word("类别", 65, 67), Word("事项名称", 130, 60),
            Word("1", 44, 100), Word("党建", 65, 100), Word("加强党的建设工作", 110, 100));

        var reading = new PdfTableReading();
        var text = reading.Read([page]);

        Assert.True(reading.FoundTable);
        Assert.Equal("序号\t事项类别\t事项名称", text.Split('\n')[0]);
    }

    [Fact]
    public void GivesATallCentredCellsParagraphsToTheRowTheyCentreOn()
    {
        // No rulings; the second row's cell has three paragraphs spaced like rows, centred on its number.
        var page = Page(1,
            Word("序号", 44, 60), Word("事项类别", 80, 60), Word("事项名称", 250, 60),
            Word("1", 44, 90), Word("党的建设", 80, 90), Word("加强党的建设工作", 140, 90),
            Word("负责本镇经济运行监测；", 140, 115),
            Word("做好统计数据上报审核；", 140, 140),
            Word("2", 44, 140), Word("经济发展", 80, 140),
            Word("按月报送。", 140, 165),
            Word("3", 44, 190), Word("民生服务", 80, 190), Word("开展民生工作", 140, 190));

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "序号\t事项类别\t事项名称",
                "1\t党的建设\t加强党的建设工作",
                "2\t经济发展\t负责本镇经济运行监测； 做好统计数据上报审核； 按月报送。",
                "3\t民生服务\t开展民生工作",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void FlagsTheRowsAroundAnUnruledRowItCannotCentre()
    {
        // No rulings, and the second row's name is set from the top of its cell, not centred on its number: the
        // cut between the rows cannot be checked, so those rows are flagged rather than trusted.
        var page = Page(1,
            Word("序号", 44, 60), Word("事项类别", 80, 60), Word("事项名称", 250, 60),
            Word("1", 44, 90), Word("党的建设", 80, 90), Word("加强党的建设工作", 140, 90),
            Word("2", 44, 143), Word("经济发展", 80, 143),
            Word("负责本镇经济运行监测，", 140, 120), Word("做好统计数据上报审核，", 140, 133), Word("按月报送", 140, 146),
            Word("3", 44, 200), Word("民生服务", 80, 200), Word("开展民生工作", 140, 200));

        var text = new PdfTableReading().Read([page]);
        var list = InlineDocument.Parse([.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡基本履职事项清单", .. text.Split('\n')]);

        var second = list.Duties.Single(d => d.Number == 2);
        Assert.Equal("负责本镇经济运行监测，做好统计数据上报审核，按月报送", second.Name);
        Assert.Contains("没有框线", second.ReviewReason);
        Assert.NotEmpty(second.SourceLines);
    }

    [Fact]
    public void FindsTheColumnsAgainOnAPageThatGoesOnWithoutAHeader()
    {
        // The header is repeated alone at the foot of page 1, narrower than the one above; page 2 has no header and
        // its names start left of where the first header's 事项类别 ends. The page's own words place the columns.
        PdfPage[] pages =
        [
            Page(1,
                Word("序号", 44, 60), Word("事项类别", 84, 60), Word("事项名称", 240, 60),
                Word("1", 44, 90), Word("党的建设", 78, 90), Word("加强党的建设工作", 141, 90),
                Word("序号", 44, 780), Word("事项类", 84, 780), Word("别", 94, 793), Word("事项名称", 230, 780)),
            Page(2,
                Word("2", 44, 60), Word("经济发", 80, 53.5), Word("展", 80, 66.5), Word("负责本镇经济运行监测和统计数据上报", 116, 60),
                Word("3", 44, 100), Word("民生服", 80, 93.5), Word("务", 80, 106.5), Word("开展民生工作", 116, 100)),
        ];

        var text = new PdfTableReading().Read(pages);

        Assert.Equal(
            [
                "序号\t事项类别\t事项名称",
                "1\t党的建设\t加强党的建设工作",
                "2\t经济发展\t负责本镇经济运行监测和统计数据上报",
                "3\t民生服务\t开展民生工作",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void LeavesAnUnruledRowCentredOnItsPageClosedAtThePageBreak()
    {
        // Row 1 lies centred on its number over three lines, so it ends on page 1. Row 2 starts on page 2 with its
        // name set from the top of its cell, above the rest of the row: those lines are row 2's, not row 1's.
        PdfPage[] pages =
        [
            Page(1,
                Word("序号", 44, 60), Word("事项类别", 80, 60), Word("事项名称", 250, 60),
                Word("1", 44, 103), Word("党的建设", 80, 103),
                Word("加强党的建设工作，", 140, 90), Word("落实党建责任制，", 140, 103), Word("开展党员教育", 140, 116)),
            Page(2,
                Word("负责本镇经济运行监测，", 140, 40), Word("做好统计数据上报审核，", 140, 53), Word("按月报送", 140, 66),
                Word("2", 44, 92), Word("经济发展", 80, 92),
                Word("3", 44, 140), Word("民生服务", 80, 140), Word("开展民生工作", 140, 140)),
        ];

        var lines = new PdfTableReading().Read(pages).Split('\n');

        // Row 2 is not centred, so the cut below it is doubted and flagged; its words stay its own.
        Assert.Equal("1\t党的建设\t加强党的建设工作，落实党建责任制，开展党员教育", lines[1]);
        Assert.StartsWith("2\t经济发展\t负责本镇经济运行监测，做好统计数据上报审核，按月报送\t" + ListVocabulary.ReaderDoubt, lines[2]);
        Assert.StartsWith("3\t民生服务\t开展民生工作", lines[3]);
    }

    [Fact]
    public void FlagsTheRowsEitherSideOfANumberMissingFromTheRun()
    {
        var page = Page(1,
            Word("序号", 44, 60), Word("事项类别", 80, 60), Word("事项名称", 250, 60),
            Word("1", 44, 90), Word("党的建设", 80, 90), Word("加强党的建设工作", 140, 90),
            Word("2", 44, 120), Word("经济发展", 80, 120), Word("负责本镇经济运行监测", 140, 120),
            Word("4", 44, 150), Word("民生服务", 80, 150), Word("开展民生工作", 140, 150));

        var lines = new PdfTableReading().Read([page]).Split('\n');

        Assert.Equal("1\t党的建设\t加强党的建设工作", lines[1]);
        Assert.StartsWith("2\t经济发展\t负责本镇经济运行监测\t" + ListVocabulary.ReaderDoubt, lines[2]);
        Assert.Contains("序号不相接", lines[2]);
        Assert.StartsWith("4\t民生服务\t开展民生工作\t" + ListVocabulary.ReaderDoubt, lines[3]);
    }

    [Fact]
    public void JoinsAListHeadingWrappedOntoTwoLines()
    {
        var page = Page(1,
            Word("昌吉回族自治州吉木萨尔县三台镇基本履", 40, 40), Word("职事项清单", 40, 53),
            Word("序号", 44, 90), Word("事项类别", 80, 90), Word("事项名称", 250, 90),
            Word("1", 44, 120), Word("党的建设", 80, 120), Word("加强党的建设工作", 140, 120));

        var text = new PdfTableReading().Read([page]);

        Assert.Equal("昌吉回族自治州吉木萨尔县三台镇基本履职事项清单", text.Split('\n')[0]);
    }

    [Fact]
    public void FindsNoTableWithoutAHeaderRow()
    {
        var reading = new PdfTableReading();
        var text = reading.Read([Page(1, Word("三台镇基本履职事项清单", 40, 40), Word("1", 44, 100), Word("党的建设", 80, 100))]);

        Assert.False(reading.FoundTable);
        Assert.Equal(["三台镇基本履职事项清单", "1 党的建设"], text.Split('\n'));
    }

    /// <summary>A page whose table has a horizontal ruling at each y and the three columns' vertical edges between them.</summary>
    private static PdfPage Ruled(int number, double[] ys, PdfWord[] words)
    {
        double[] edges = [40, 78, 138, 560];
        var horizontals = ys.SelectMany(y => edges.Zip(edges.Skip(1), (l, r) => new PdfRulings.Horizontal(y - 1, l, r))).ToList();
        var verticals = ys.Zip(ys.Skip(1)).SelectMany(b => edges.Select(x => new PdfRulings.Vertical(x, b.First - 1, b.Second - 1))).ToList();
        return new PdfPage(number, 595, 842, words) { Rulings = new PdfRulings(horizontals, verticals) };
    }
}
