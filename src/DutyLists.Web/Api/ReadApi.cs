using DutyLists.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DutyLists.Web.Api;

/// <summary>The read-only JSON API: townships, their duties, departments.</summary>
public static class ReadApi
{
    public static RouteGroupBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("清单");
        api.MapGet("/townships", ListTownships)
            .WithSummary("全部乡镇及其三张清单的事项数");
        api.MapGet("/townships/{id:int}", GetTownship)
            .WithSummary("一个乡镇")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/townships/{id:int}/duties", ListDuties)
            .WithSummary("一个乡镇当前清单中的事项，按文件顺序")
            .WithFilterParameters()
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

    private static async Task<Results<Ok<DutyDto[]>, ProblemHttpResult, ValidationProblem>> ListDuties(
        int id, HttpRequest request, TownshipQueries townships, DutyQueries duties, CancellationToken ct)
    {
        if (!FilterBinding.TryBind(request.Query, out var filter, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "查询参数无效");
        }

        if (await townships.FindAsync(id, ct) is null)
        {
            return NotFound($"没有编号为 {id} 的乡镇");
        }

        return TypedResults.Ok((await duties.ListForTownshipAsync(id, filter, ct)).Select(DutyDto.From).ToArray());
    }

    private static async Task<Results<Ok<DutyDto>, ProblemHttpResult>> GetDuty(int id, DutyQueries duties, CancellationToken ct) =>
        await duties.FindAsync(id, ct) is { } d ? TypedResults.Ok(DutyDto.From(d)) : NotFound($"没有编号为 {id} 的事项");

    private static async Task<Ok<DepartmentDto[]>> ListDepartments(DepartmentQueries departments, CancellationToken ct) =>
        TypedResults.Ok((await departments.ListAsync(ct)).Select(DepartmentDto.From).ToArray());

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
