using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

/// <summary>The comparison of the seed townships: counts side by side, duties matched across townships.</summary>
public sealed class ComparePageTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task ADutyWordedSlightlyDifferentlyInTwoListsIsMatched()
    {
        var client = app.CreateClient();
        // 加尕斯台镇 basic #74 负责爱国卫生运动工作，倡导文明健康生活方式 / 三台镇 basic #94 开展爱国卫生运动，倡导文明健康生活方式
        var jiagasitai = await DutyIdAsync(client, 1, 74);
        var santai = await DutyIdAsync(client, 5, 94);

        var page = await client.GetPage("/compare?townships=1,5");

        var row = page.QuerySelector($"section[data-kind=basic] details[data-group=all] a[data-duty-id='{jiagasitai}']")!.Closest("tr")!;
        Assert.NotNull(row.QuerySelector($"a[data-duty-id='{santai}']"));
    }

    [Fact]
    public async Task TheCountsTableAgreesWithEachTownshipsPage()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/compare?townships=1,4,5");
        var columns = page.QuerySelectorAll("[data-testid=compare-counts] thead th[data-township]").Select(th => th.GetAttribute("data-township")!).ToList();
        Assert.Equal(["1", "4", "5"], columns);

        foreach (var kind in new[] { "basic", "cooperative", "reclaimed" })
        {
            var totals = page.QuerySelector($"[data-testid=compare-counts] tr[data-kind={kind}][data-total]");
            for (var i = 0; i < columns.Count; i++)
            {
                var expected = (await client.GetPage($"/townships/{columns[i]}?kind={kind}")).ResultCount();
                var cell = totals?.QuerySelectorAll("td")[i].TextContent.Trim();
                var shown = cell is null or "无此清单" ? 0 : int.Parse(cell, CultureInfo.InvariantCulture);
                Assert.True(expected == shown, $"{kind} of township {columns[i]}: page {expected}, comparison {shown}");
            }
        }
    }

    [Fact]
    public async Task EveryDutyAppearsOnceAndGroupsHoldAtMostOneDutyPerTownship()
    {
        var page = await app.CreateClient().GetPage("/compare?townships=1,2,3,4,5");

        foreach (var section in page.QuerySelectorAll("section.compare-kind"))
        {
            var ids = section.QuerySelectorAll("a[data-duty-id]").Select(a => a.GetAttribute("data-duty-id")).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var total = page.QuerySelector($"[data-testid=compare-counts] tr[data-kind={section.GetAttribute("data-kind")}][data-total]")!
                .QuerySelectorAll("td").Sum(td => int.TryParse(td.TextContent.Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0);
            Assert.Equal(total, ids.Count);
            Assert.All(section.QuerySelectorAll("tbody tr"), tr => Assert.True(tr.QuerySelectorAll("td a").Length <= 5));
        }

        // 003 (卜尔汉图镇) has only a cooperative list: its duties with no counterpart are listed as unique.
        Assert.NotEmpty(page.QuerySelectorAll("section[data-kind=cooperative] details[data-group=unique] td[data-label=卜尔汉图镇] a"));
    }

    [Fact]
    public async Task ATownshipWithoutAListIsNamedInsteadOfGivenAnEmptyColumn()
    {
        var page = await app.CreateClient().GetPage("/compare?townships=1,2,3,4,5");

        var basic = page.QuerySelector("section[data-kind=basic]")!;
        Assert.Contains("卜尔汉图镇 没有基本履职事项清单", basic.QuerySelector("[data-testid=without-list]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(basic.QuerySelectorAll("td[data-label=卜尔汉图镇]"));
        Assert.DoesNotContain(basic.QuerySelectorAll("th"), th => th.TextContent.Contains("卜尔汉图镇", StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("section[data-kind=cooperative] td[data-label=卜尔汉图镇]"));
        Assert.Null(page.QuerySelector("section[data-kind=cooperative] [data-testid=without-list]"));
        // The counts table says so in words rather than with a zero.
        var township = page.QuerySelectorAll("[data-testid=compare-counts] thead th[data-township]").ToList().FindIndex(th => th.TextContent.Trim() == "卜尔汉图镇");
        Assert.Equal("无此清单", page.QuerySelector("[data-testid=compare-counts] tr[data-kind=basic][data-total]")!.QuerySelectorAll("td")[township].TextContent.Trim());
    }

    [Fact]
    public async Task TheIntroductionExplainsMatchingInPlainWords()
    {
        var page = await app.CreateClient().GetPage("/compare");

        var matching = page.QuerySelector("[data-testid=compare-matching]")!.TextContent;
        Assert.DoesNotContain("双字", matching, StringComparison.Ordinal);
        Assert.DoesNotContain("≥", matching, StringComparison.Ordinal);
        Assert.Contains("六成以上", matching, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FewerThanTwoTownshipsAsksForMore()
    {
        var page = await app.CreateClient().GetPage("/compare?townships=1");

        Assert.Contains("请至少选择两个乡镇", page.QuerySelector("[data-testid=compare-more]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=compare-counts]"));
    }

    [Fact]
    public async Task TheExportHoldsTheMatchedGroupsNotTheListsOneAfterAnother()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/compare/export.csv?townships=1,5", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("清单比较", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);

        Assert.Equal(["清单", "对应情况", "组", "事项类别", "加尕斯台镇序号", "加尕斯台镇事项名称", "三台镇序号", "三台镇事项名称"], rows[0]);
        // The two wordings of one duty share a row, as on the page.
        var matched = rows.Single(r => r[0] == "基本履职事项" && r[4] == "74");
        Assert.Equal(("各乡镇共有", "94"), (matched[1], matched[6]));
        Assert.Contains("爱国卫生", matched[7], StringComparison.Ordinal);

        // Every duty of the page is in the export exactly once, with as many rows as the page has groups.
        var page = await client.GetPage("/compare?townships=1,5");
        foreach (var kind in new[] { ("basic", "基本履职事项"), ("cooperative", "配合履职事项"), ("reclaimed", "上级部门收回事项") })
        {
            var ofKind = rows.Skip(1).Where(r => r[0] == kind.Item2).ToList();
            var section = page.QuerySelector($"section[data-kind={kind.Item1}]");
            Assert.Equal(section?.QuerySelectorAll("tbody tr").Count(tr => tr.QuerySelector("td[data-size]") is not null) ?? 0, ofKind.Count);
            Assert.Equal(section?.QuerySelectorAll("a[data-duty-id]").Length ?? 0, ofKind.Sum(r => (r[4].Length > 0 ? 1 : 0) + (r[6].Length > 0 ? 1 : 0)));
            Assert.Equal(Enumerable.Range(1, ofKind.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), ofKind.Select(r => r[2]));
        }

        Assert.All(rows.Skip(1), r => Assert.True(r[1] is "各乡镇共有" or "仅一个乡镇有", r[1]));
    }

    [Fact]
    public async Task AnExcelExportOfAFilteredComparisonHoldsOnlyThatList()
    {
        var client = app.CreateClient();
        var csv = ReadCsv(await client.GetByteArrayAsync(new Uri("/compare/export.csv?townships=1,3,5&kind=cooperative", UriKind.Relative)));

        var bytes = await client.GetByteArrayAsync(new Uri("/compare/export.xlsx?townships=1,3,5&kind=cooperative", UriKind.Relative));

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(csv.Count, rows.Count);
        Assert.Equal(csv[0], rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal(4 + (3 * 2), csv[0].Length);
        Assert.All(rows.Skip(1), r => Assert.Equal("配合履职事项", r.Elements<Cell>().First().InnerText));
        Assert.All(csv.Skip(1), r => Assert.Equal("配合履职事项", r[0]));
        // Three townships: groups shared by two of them are "some".
        Assert.Contains(csv, r => r[1] == "部分乡镇共有");
    }

    [Theory]
    [InlineData("/compare/export.csv?townships=1,999", HttpStatusCode.NotFound)]
    [InlineData("/compare/export.xlsx?townships=5", HttpStatusCode.BadRequest)]
    [InlineData("/compare/export.csv?townships=1,5&kind=everything", HttpStatusCode.BadRequest)]
    public async Task BadComparisonExportsAreRefused(string url, HttpStatusCode expected) =>
        Assert.Equal(expected, (await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvHelper.CsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), new CsvHelper.CsvReaderOptions { HasHeader = false }, false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    private static async Task<string> DutyIdAsync(HttpClient client, int township, int number)
    {
        var page = await client.GetPage($"/townships/{township}?kind=basic&size=all");
        return page.DutyRows().Single(r => r.QuerySelector("td.col-number")!.TextContent.Trim() == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetAttribute("data-duty-id")!;
    }
}
