using DutyLists.Data.Queries;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DutyLists.Web.Api;

/// <summary>The read-only JSON API: townships, their duties, departments.</summary>
public static class ReadApi
{
    /// <summary>Duties per page of <c>/api/townships/{id}/duties</c> unless <c>pageSize</c> says otherwise.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page: one answer stays bounded however many duties a township has.</summary>
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("清单");
        api.MapGet("/townships", ListTownships)
            .WithSummary("全部乡镇及其三张清单的事项数");
        api.MapGet("/townships/{id:int}", GetTownship)
            .WithSummary("一个乡镇")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/townships/{id:int}/duties", ListDuties)
            .WithSummary("一个乡镇当前清单中的事项，按文件顺序，分页")
            .WithDescription($"返回 total（符合条件的事项总数）、page、pageSize、next（下一页的地址，最后一页为 null）和 items。page 从 1 开始；pageSize 缺省为 {DefaultPageSize}，最大 {MaxPageSize}。下一页的地址也在 Link 响应头（rel=\"next\"）中。")
            .WithFilterParameters()
            .WithPagingParameters(DefaultPageSize, MaxPageSize)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        api.MapGet("/duties/{id:int}", GetDuty)
            .WithSummary("一项事项（任意版本）")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/departments", ListDepartments)
            .WithSummary("全部部门及其别名和事项数");
        return api;
    }

    private static async Task<Ok<TownshipDto[]>> ListTownships(TownshipQueries townships, CancellationToken ct) =>
        TypedResults.Ok((await townships.ListAsync(ct)).Select(TownshipDto.From).ToArray());

    private static async Task<Results<Ok<TownshipDto>, ProblemHttpResult>> GetTownship(int id, TownshipQueries townships, CancellationToken ct) =>
        await townships.FindAsync(id, ct) is { } t ? TypedResults.Ok(TownshipDto.From(t)) : NotFound($"没有编号为 {id} 的乡镇");

    private static async Task<Results<Ok<DutyPageDto>, ProblemHttpResult, ValidationProblem>> ListDuties(
        int id, HttpContext http, TownshipQueries townships, DutyQueries duties, CancellationToken ct)
    {
        var query = http.Request.Query;
        FilterBinding.TryBind(query, out var filter, out var errors);
        var page = FilterBinding.Positive(query, "page", errors) ?? 1;
        var pageSize = FilterBinding.Positive(query, "pageSize", errors, MaxPageSize) ?? DefaultPageSize;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询参数无效");
        }

        if (await townships.FindAsync(id, ct) is null)
        {
            return NotFound($"没有编号为 {id} 的乡镇");
        }

        var result = await duties.PageForTownshipAsync(id, filter, page, pageSize, ct);
        string? next = null;
        if ((long)page * pageSize < result.Total)
        {
            next = PageLink(http.Request, page + 1);
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(new DutyPageDto(result.Total, page, pageSize, next, [.. result.Duties.Select(DutyDto.From)]));
    }

    /// <summary>The request's path and query with another page number.</summary>
    private static string PageLink(HttpRequest request, int page)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
        {
            { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    private static async Task<Results<Ok<DutyDto>, ProblemHttpResult>> GetDuty(int id, DutyQueries duties, CancellationToken ct) =>
        await duties.FindAsync(id, ct) is { } d ? TypedResults.Ok(DutyDto.From(d)) : NotFound($"没有编号为 {id} 的事项");

    private static async Task<Ok<DepartmentDto[]>> ListDepartments(DepartmentQueries departments, CancellationToken ct) =>
        TypedResults.Ok((await departments.ListAsync(ct)).Select(DepartmentDto.From).ToArray());

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
