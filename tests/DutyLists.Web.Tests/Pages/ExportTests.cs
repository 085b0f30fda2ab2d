using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Data.Importing;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Pages;

/// <summary>Every list view downloads as CSV and Excel in the duty-sheet layout, with its filters, and reads back unchanged.</summary>
public sealed class ExportTests(SeededApp app) : IClassFixture<SeededApp>
{
    public static TheoryData<int, string> EveryTownshipAndFormat =>
        new() { { 1, "csv" }, { 2, "csv" }, { 3, "csv" }, { 4, "csv" }, { 5, "csv" }, { 1, "xlsx" }, { 2, "xlsx" }, { 3, "xlsx" }, { 4, "xlsx" }, { 5, "xlsx" } };

    [Theory]
    [MemberData(nameof(EveryTownshipAndFormat))]
    public async Task AnExportedTownshipImportsBackAsARevisionWithNoChange(int township, string format)
    {
        var bytes = await app.CreateClient().GetByteArrayAsync(new Uri($"/townships/{township}/export.{format}", UriKind.Relative));

        var preview = await app.Services.GetRequiredService<ImportPreviewer>().PreviewAsync($"export.{format}", bytes, metadata: null, newTownshipConfirmed: false);

        Assert.False(preview.IsNewTownship);
        Assert.False(preview.Diff.HasChanges, string.Join("; ", preview.Diff.Lists.Select(l => $"{l.Kind}: +{l.Added.Count} -{l.Removed.Count} ~{l.Changed.Count}")));
        // The only warnings are for cells the stored list already has empty (002's cooperative #44, flagged at import).
        Assert.All(preview.List.Warnings, w => Assert.EndsWith("为空", w.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task OneTabExportedAndImportedBackDeletesNothingFromTheOtherLists(string format)
    {
        // 加尕斯台镇 (seed 000): 210 basic and cooperative duties beside its reclaimed list.
        var bytes = await app.CreateClient().GetByteArrayAsync(new Uri($"/townships/1/export.{format}?kind=reclaimed", UriKind.Relative));

        var preview = await app.Services.GetRequiredService<ImportPreviewer>().PreviewAsync($"收回.{format}", bytes, metadata: null, newTownshipConfirmed: false);

        Assert.Equal([DutyKind.Reclaimed], preview.List.Lists);
        Assert.False(preview.Diff.HasChanges);
        Assert.Equal(210, preview.Diff[DutyKind.Basic].Unchanged + preview.Diff[DutyKind.Cooperative].Unchanged);
        Assert.Contains(preview.Notices, n => n.StartsWith("本文件只含“上级部门收回事项清单”；基本履职事项和配合履职事项保持不变", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExportCarriesTheReviewFlagsAndTheDocumentsTakeoverWording()
    {
        var rows = ReadCsv(await app.CreateClient().GetByteArrayAsync(new Uri("/townships/3/export.csv", UriKind.Relative)));
        var header = rows[0].ToList();
        int Column(string name) => header.IndexOf(name);

        var flagged = rows.Skip(1).Where(r => r[Column(DutySheetColumns.ReviewReason)].Length > 0).ToList();
        Assert.NotEmpty(flagged);
        Assert.All(flagged, r => Assert.NotEqual("", r[Column(DutySheetColumns.SourceText)]));
        var reclaimed = rows.Skip(1).Where(r => r[Column(DutySheetColumns.List)] == "上级部门收回事项").ToList();
        Assert.NotEmpty(reclaimed);
        Assert.All(reclaimed, r => Assert.NotEqual("", r[Column(DutySheetColumns.TakeoverWording)]));
    }

    [Fact]
    public async Task ASheetWithoutTheNewerColumnsStillImports()
    {
        var rows = ReadCsv(await app.CreateClient().GetByteArrayAsync(new Uri("/townships/1/export.csv", UriKind.Relative)));
        var old = rows.Select(r => r.Take(15).ToArray()).ToList();
        Assert.Equal(DutySheetColumns.DocumentDate, old[0][^1]);
        var csv = new StringBuilder();
        foreach (var row in old)
        {
            csv.AppendJoin(',', row.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
        }

        var preview = await app.Services.GetRequiredService<ImportPreviewer>().PreviewAsync("old.csv", Encoding.UTF8.GetBytes(csv.ToString()), metadata: null, newTownshipConfirmed: false);

        Assert.False(preview.IsNewTownship);
        Assert.False(preview.Diff.HasChanges);
    }

    [Fact]
    public async Task ACsvExportIsUtf8WithABomAndAChineseHeaderAndCarriesTheFilters()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/townships/5?kind=cooperative&category=党的建设");
        var link = page.QuerySelector("[data-testid=export-links] a[data-format=csv]")!.GetAttribute("href")!;
        Assert.StartsWith("/townships/5/export.csv?", link, StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("三台镇", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal(DutySheetColumns.All, rows[0]);
        Assert.Equal(page.ResultCount(), rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(("配合履职事项", "党的建设"), (r[4], r[6])));
    }

    [Fact]
    public async Task AnExcelExportOfASearchHoldsTheSameRowsAsThePage()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/search?q=消防");
        var link = page.QuerySelector("[data-testid=export-links] a[data-format=xlsx]")!.GetAttribute("href")!;

        var bytes = await client.GetByteArrayAsync(new Uri(link, UriKind.Relative));

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(page.ResultCount() + 1, rows.Count);
        Assert.Equal("乡镇", rows[0].Descendants<InlineString>().First().InnerText);
        // The rows are the page's duties, in the page's order (township, list, number).
        var numbers = page.DutyRows().Select(r => r.QuerySelector("td.col-number")!.TextContent.Trim()).ToList();
        Assert.Equal(numbers.Take(10), rows.Skip(1).Take(10).Select(r => r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('F')).InnerText));
    }

    [Fact]
    public async Task ADepartmentExportHoldsEveryDutyOfTheDepartmentPage()
    {
        var client = app.CreateClient();
        var departments = await client.GetPage("/departments");
        var href = departments.QuerySelectorAll("a[href^='/departments/']")[0].GetAttribute("href")!;
        var page = await client.GetPage(href);

        var rows = ReadCsv(await client.GetByteArrayAsync(new Uri(href + "/export.csv", UriKind.Relative)));

        Assert.Equal(page.QuerySelectorAll("[data-duty-id]").Select(e => e.GetAttribute("data-duty-id")).Distinct().Count(), rows.Count - 1);
    }

    [Theory]
    [InlineData("/townships/999/export.csv", HttpStatusCode.NotFound)]
    [InlineData("/townships/5/export.csv?revision=99", HttpStatusCode.NotFound)]
    [InlineData("/townships/5/export.csv?kind=everything", HttpStatusCode.BadRequest)]
    [InlineData("/search/export.xlsx?township=abc", HttpStatusCode.BadRequest)]
    [InlineData("/compare/export.csv?townships=1", HttpStatusCode.BadRequest)]
    [InlineData("/townships/5/export.pdf", HttpStatusCode.NotFound)]
    public async Task BadExportRequestsAreRefused(string url, HttpStatusCode expected)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

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
}
