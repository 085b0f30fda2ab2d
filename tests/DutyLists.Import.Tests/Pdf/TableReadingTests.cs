using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>
/// The table rebuilding on hand-placed words, for layouts the LibreOffice fixtures do not have: top-aligned cells, a
/// letter-spaced header, a row running onto a page without a repeated header, page numbers and a note after the table.
/// </summary>
public class TableReadingTests
{
    private const double LineHeight = 13;

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
    public void FindsNoTableWithoutAHeaderRow()
    {
        var reading = new PdfTableReading();
        var text = reading.Read([Page(1, Word("三台镇基本履职事项清单", 40, 40), Word("1", 44, 100), Word("党的建设", 80, 100))]);

        Assert.False(reading.FoundTable);
        Assert.Equal(["三台镇基本履职事项清单", "1 党的建设"], text.Split('\n'));
    }

    private static PdfPage Page(int number, params PdfWord[] words) => new(number, 595, 842, words);

    /// <summary>A word set in a 10 pt font whose Chinese characters and digits are 10 and 6.4 points wide.</summary>
    private static PdfWord Word(string text, double x, double y)
    {
        var width = text.Sum(c => char.IsAscii(c) ? 6.4 : 10);
        return new PdfWord(text, x, y, x + width, y + LineHeight);
    }
}
