using System.Globalization;
using DutyLists.Data.Comparison;
using DutyLists.Data.Exports;
using DutyLists.Data.Queries;
using DutyLists.Import.Sheets;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DutyLists.Web.Api;

/// <summary>
/// Downloads of every list view as CSV (UTF-8 with BOM) or Excel, in the duty-sheet layout the importer reads back,
/// with the view's filters: <c>/townships/{id}/export.csv?kind=…</c>, <c>/search/export.xlsx?q=…</c>,
/// <c>/departments/{id}/export.csv</c>, <c>/compare/export.csv?townships=1,2</c>. Rows stream to the response as they
/// are read.
/// </summary>
public static class ExportApi
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Format = "{format:regex(^(csv|xlsx)$)}";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").WithTags("导出").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapGet($"/townships/{{id:int}}/export.{Format}", ExportTownship)
            .WithSummary("导出一个乡镇的清单")
            .WithDescription("与乡镇页面相同的筛选参数；revision 为版本号，缺省为当前版本。format 为 csv（UTF-8，带 BOM）或 xlsx。")
            .WithFilterParameters()
            .WithRevisionParameter();
        exports.MapGet($"/search/export.{Format}", ExportSearch)
            .WithSummary("导出跨乡镇搜索的结果")
            .WithDescription("与搜索页面相同的参数。format 为 csv 或 xlsx。")
            .WithFilterParameters(townships: true);
        exports.MapGet($"/departments/{{id:int}}/export.{Format}", ExportDepartment)
            .WithSummary("导出一个部门牵头或承接的全部事项");
        exports.MapGet($"/compare/export.{Format}", ExportComparison)
            .WithSummary("导出乡镇清单比较的结果")
            .WithDescription("townships：以逗号分隔的乡镇编号，如 1,2,5。每行是一组对应的事项（或仅一个乡镇有的事项）：清单、对应情况、组号、事项类别，以及各乡镇的序号与事项名称。format 为 csv（UTF-8，带 BOM）或 xlsx。")
            .WithFilterParameters();
        return app;
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult, ValidationProblem>> ExportTownship(
        int id, string format, HttpContext http, TownshipQueries townships, DutyExport export)
    {
        if (await townships.FindAsync(id, http.RequestAborted) is not { } township)
        {
            return NotFound($"没有编号为 {id} 的乡镇");
        }

        FilterBinding.TryBind(http.Request.Query, out var filter, out var errors);
        var revision = FilterBinding.Positive(http.Request.Query, "revision", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        int? revisionId = null;
        if (revision is int number)
        {
            revisionId = (await townships.RevisionAsync(id, number, http.RequestAborted))?.Id;
            if (revisionId is null)
            {
                return NotFound($"{township.Name}没有第 {number} 版");
            }
        }

        return Download(http, format, $"{township.Name}履职事项清单", export.RowsAsync(filter with { TownshipIds = [id], RevisionId = revisionId }, http.RequestAborted));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult, ValidationProblem> ExportSearch(string format, HttpContext http, DutyExport export)
    {
        if (!FilterBinding.TryBind(http.Request.Query, out var filter, out var errors) | !TryIds(http.Request.Query["township"], "township", errors, out var townshipIds))
        {
            return TypedResults.ValidationProblem(errors);
        }

        return Download(http, format, "履职事项搜索结果", export.RowsAsync(filter with { TownshipIds = townshipIds }, http.RequestAborted));
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult, ValidationProblem>> ExportDepartment(
        int id, string format, HttpContext http, DepartmentQueries departments, DutyExport export)
    {
        if (await departments.FindAsync(id, http.RequestAborted) is not { } department)
        {
            return NotFound($"没有编号为 {id} 的部门");
        }

        return Download(http, format, $"{department.Name}相关履职事项", export.RowsAsync(new DutyFilter { DepartmentIds = [id] }, http.RequestAborted));
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult, ValidationProblem>> ExportComparison(
        string format, string? townships, HttpContext http, TownshipComparison comparison)
    {
        var errors = new Dictionary<string, string[]>();
        TryIds((townships ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "townships", errors, out var ids);
        if (ids.Count < 2)
        {
            errors.TryAdd("townships", ["townships 应为至少两个以逗号分隔的乡镇编号，如 1,2"]);
        }

        if (!FilterBinding.TryBind(http.Request.Query, out var filter, out var filterErrors) || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.Concat(filterErrors).ToDictionary());
        }

        // The matched groups, as the compare page shows them, not the lists one after another.
        var result = await comparison.CompareAsync(ids, filter, http.RequestAborted);
        if (ids.FirstOrDefault(id => result.Townships.All(t => t.Id != id)) is > 0 and var missing)
        {
            return NotFound($"没有编号为 {missing} 的乡镇");
        }

        var csv = format == "csv";
        return TypedResults.Stream(
            body => csv ? ComparisonSheet.WriteCsvAsync(result, body, http.RequestAborted) : ComparisonSheet.WriteXlsxAsync(result, body, http.RequestAborted),
            csv ? CsvType : XlsxType,
            $"{string.Join("、", result.Townships.Select(t => t.Name))}清单比较.{format}");
    }

    private static bool TryIds(IEnumerable<string?> values, string name, Dictionary<string, string[]> errors, out IReadOnlyList<int> ids)
    {
        var list = new List<int>();
        foreach (var value in values)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                list.Add(id);
            }
            else
            {
                errors[name] = [$"{name} 应为乡镇编号（正整数），而不是“{value}”"];
            }
        }

        ids = list;
        return !errors.ContainsKey(name);
    }

    private static PushStreamHttpResult Download(HttpContext http, string format, string name, IAsyncEnumerable<DutySheetRow> rows)
    {
        var csv = format == "csv";
        return TypedResults.Stream(
            async body =>
            {
                if (csv)
                {
                    await DutySheetCsvWriter.WriteAsync(rows, body, http.RequestAborted);
                    return;
                }

                // The workbook's zip is written as the rows come; System.IO.Compression writes synchronously, so this
                // response alone may block on the socket rather than be buffered whole in memory.
                http.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
                await DutySheetXlsxWriter.WriteAsync(rows, body, http.RequestAborted);
            },
            csv ? CsvType : XlsxType,
            $"{name}.{format}");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
