using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace DutyLists.Web.Api;

/// <summary>
/// Refuses a request whose query carries a value the endpoint cannot take, before the endpoint runs: a page's
/// <see cref="SupplyParameterFromQueryAttribute"/> number that is not a positive integer (Blazor would throw while
/// binding it, a 500), or a NUL in any value (PostgreSQL refuses it in text). A page answers 400 with the app's
/// error page naming the parameter; any other endpoint answers 400 with problem details. The API's own parameters
/// are checked by its handlers (<see cref="FilterBinding"/>), which answer with problem details too.
/// </summary>
public static class QueryValidation
{
    /// <summary>Where the refusal's reason waits for the status page that the status-code middleware re-executes.</summary>
    public const string ErrorItem = "DutyLists.QueryError";

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, Type Type)>> NumberParameters = new();

    public static IApplicationBuilder UseQueryValidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var page = endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (Problem(context.Request.Query, page) is not { } problem)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (page is not null)
        {
            // An empty 400 is re-executed as /status/400, which shows this reason in the page's language.
            context.Items[ErrorItem] = problem.Message;
            return;
        }

        await TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [problem.Name] = [problem.Message] }, title: "查询参数无效").ExecuteAsync(context);
    });

    /// <summary>The first invalid value: its parameter and a reason in Chinese; null when the query is fine.</summary>
    public static (string Name, string Message)? Problem(IQueryCollection query, Type? page)
    {
        foreach (var (name, values) in query)
        {
            // The search words treat a NUL as a separator (DutyFilter.Words); everywhere else it is no valid value.
            if (!name.Equals("q", StringComparison.OrdinalIgnoreCase) && values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return (name, $"{name} 含有不允许的控制字符（NUL）");
            }
        }

        if (page is null)
        {
            return null;
        }

        var numbers = NumberParameters.GetOrAdd(page, Find);
        foreach (var (name, values) in query)
        {
            // Blazor matches query names without regard to case; the message names the parameter as the request spelt it.
            var number = numbers.FirstOrDefault(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (number.Type is not null && values.FirstOrDefault(v => !string.IsNullOrEmpty(v) && !IsPositive(v, number.Type)) is { } bad)
            {
                return (name, $"{name} 应为正整数，而不是“{Shorten(bad)}”");
            }
        }

        return null;
    }

    /// <summary>Every number a page binds from its query is a page number or an id, counted from 1.</summary>
    private static bool IsPositive(string value, Type type) =>
        type == typeof(long)
            ? long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var wide) && wide > 0
            : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0;

    private static IReadOnlyList<(string Name, Type Type)> Find(Type page) =>
        [.. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, Element(p.Property.PropertyType)))
            .Where(p => p.Item2 == typeof(int) || p.Item2 == typeof(long))];

    private static Type Element(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    /// <summary>A long value is named by its start; the message is shown, and need not repeat a megabyte.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
