using System.Text.Json;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Api;

public sealed class OpenApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task TheDocumentDescribesEveryEndpointWithItsFilters()
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        Assert.Equal(
            ["/api/townships", "/api/townships/{id}", "/api/townships/{id}/duties", "/api/duties/{id}", "/api/departments",
             "/townships/{id}/export.{format}", "/search/export.{format}", "/departments/{id}/export.{format}", "/compare/export.{format}"],
            paths.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "kind", "category", "department", "q", "page", "pageSize"], Parameters(paths, "/api/townships/{id}/duties"));
        Assert.Equal(["id", "format", "kind", "category", "department", "q", "revision"], Parameters(paths, "/townships/{id}/export.{format}"));
        Assert.Equal(["format", "kind", "category", "department", "q", "township"], Parameters(paths, "/search/export.{format}"));
        var department = paths.GetProperty("/api/townships/{id}/duties").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "department");
        Assert.Equal("array", department.GetProperty("schema").GetProperty("type").GetString());
        Assert.True(paths.GetProperty("/api/townships/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    private static IEnumerable<string?> Parameters(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
}
