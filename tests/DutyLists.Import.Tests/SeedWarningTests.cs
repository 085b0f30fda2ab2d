using DutyLists.Import.Model;

namespace DutyLists.Import.Tests;

public class SeedWarningTests
{
    [Theory]
    [InlineData(SeedFiles.File000)]
    [InlineData(SeedFiles.File003)]
    [InlineData(SeedFiles.File004)]
    public void CleanSeedsProduceNoWarnings(string file)
    {
        Assert.Empty(SeedFiles.Parsed(file).Warnings);
    }

    [Fact]
    public void TheOnlyWarningOf001IsItsRowWithASeventhCell()
    {
        // L260, item 66: the township duty is split over cells 6 and 7; the row is kept, merged, and flagged for review.
        var warning = Assert.Single(SeedFiles.Parsed(SeedFiles.File001).Warnings);

        Assert.Equal(new ImportWarning(SeedFiles.File001, 260, "配合履职事项清单第66项有7个单元格，比表头多1个，多出的内容已并入“乡镇配合职责”"), warning);
    }
}
