using Microsoft.OpenApi;

namespace DutyLists.Web.Api;

/// <summary>
/// The query parameters that endpoints read themselves (so that a bad value gets a problem-details answer naming it)
/// and that the OpenAPI document therefore cannot see in their signatures.
/// </summary>
public static class OpenApiDescriptions
{
    /// <summary>kind, category, department and q, as <see cref="FilterBinding"/> reads them.</summary>
    public static TBuilder WithFilterParameters<TBuilder>(this TBuilder builder, bool townships = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            Add(operation, "kind", "清单：basic（基本履职事项）、cooperative（配合履职事项）或 reclaimed（上级部门收回事项）", JsonSchemaType.String, repeat: false);
            Add(operation, "category", "事项类别（规范名称），可重复；符合其一即可", JsonSchemaType.String, repeat: true);
            Add(operation, "department", "部门编号（见 /api/departments），可重复；牵头或承接均算", JsonSchemaType.Integer, repeat: true);
            Add(operation, "q", "搜索词，以空格分隔的各词须全部出现；不超过 200 个字符", JsonSchemaType.String, repeat: false);
            if (townships)
            {
                Add(operation, "township", "乡镇编号，可重复", JsonSchemaType.Integer, repeat: true);
            }

            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>page and pageSize, as <see cref="ReadApi"/> reads them.</summary>
    public static TBuilder WithPagingParameters<TBuilder>(this TBuilder builder, int defaultSize, int maxSize)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            Add(operation, "page", "页码，从 1 开始；缺省为 1", JsonSchemaType.Integer, repeat: false);
            Add(operation, "pageSize", $"每页事项数，1 到 {maxSize}；缺省为 {defaultSize}", JsonSchemaType.Integer, repeat: false);
            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>revision, which an export reads itself so that a bad value is named in problem details.</summary>
    public static TBuilder WithRevisionParameter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            Add(operation, "revision", "版本号（正整数）；缺省为当前版本", JsonSchemaType.Integer, repeat: false);
            return Task.CompletedTask;
        });
        return builder;
    }

    private static void Add(OpenApiOperation operation, string name, string description, JsonSchemaType type, bool repeat)
    {
        var schema = new OpenApiSchema { Type = type };
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Schema = repeat ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
            Explode = repeat,
        });
    }
}
