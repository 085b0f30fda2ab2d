using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DutyLists.Web.Tests.Api;

/// <summary>
/// Every route — pages, admin pages, the API and the exports — with every query parameter the app reads set to
/// values a client may send by mistake or on purpose: none answers 5xx, and a value that is not what the route takes
/// answers 400 (problem details from the API and the exports, the error page naming the parameter from a page).
/// Runs on SQLite, and on PostgreSQL when the suite is pointed at one.
/// </summary>
public sealed class BadQueryTests(SeededApp app, ITestOutputHelper output) : IClassFixture<SeededApp>
{
    /// <summary>Routes, the query parameters each reads, and those of them it takes as a positive integer.</summary>
    private static readonly (string Url, bool Admin, string[] Reads, string[] Numbers)[] Routes =
    [
        ("/", false, [], []),
        ("/townships/1", false, ["kind", "category", "department", "q", "sort", "size", "page", "revision"], ["page", "revision"]),
        ("/search?q=消防", false, ["q", "kind", "category", "department", "township", "page"], ["page"]),
        ("/departments", false, [], []),
        ("/departments/1", false, [], []),
        ("/duties/1", false, ["corrected"], ["corrected"]),
        ("/compare?townships=1&townships=2", false, ["townships"], []),
        ("/stats", false, ["township"], ["township"]),
        ("/admin", true, [], []),
        ("/admin/audit", true, ["user", "page"], ["page"]),
        ("/admin/review", true, ["township"], ["township"]),
        ("/admin/departments", true, ["county"], []),
        ("/admin/townships/1/revisions", true, [], []),
        ("/admin/townships/1/revisions/diff?from=1&to=1", true, ["from", "to"], ["from", "to"]),
        ("/admin/duties/1/edit", true, [], []),
        ("/admin/import", true, [], []),
        ("/api/townships", false, [], []),
        ("/api/townships/1", false, [], []),
        ("/api/townships/1/duties", false, ["kind", "category", "department", "q", "page", "pageSize"], ["page", "pageSize", "department"]),
        ("/api/duties/1", false, [], []),
        ("/api/departments", false, [], []),
        ("/townships/1/export.csv", false, ["kind", "category", "department", "q", "revision"], ["revision", "department"]),
        ("/search/export.xlsx?q=消防", false, ["kind", "category", "department", "q", "township"], ["township", "department"]),
        ("/departments/1/export.csv", false, [], []),
        ("/compare/export.csv?townships=1,2", false, ["kind", "category", "department", "q", "townships"], ["department"]),
        ("/account/login", false, ["ReturnUrl"], []),
        ("/not-found", false, [], []),
        ("/healthz", false, [], []),
        ("/openapi/v1.json", false, [], []),
    ];

    /// <summary>Parameters a route does not read get these few values: ignored, they must still break nothing.</summary>
    private static readonly string[] Elsewhere = ["page", "revision", "township", "q", "kind", "department"];

    /// <summary>Values, percent-encoded as they go on the wire, that no integer parameter takes.</summary>
    private static readonly string[] NotPositiveIntegers =
    [
        "abc", "1.5", "1e3", "0x10", "%20", "99999999999999999999", "2147483648", "-1", "0", "%00", "1%00", "%01",
        "%FF%FE", "%ED%A0%80", "%C3%28", "%E4%B8", "%", new string('9', 400), new string('x', 3000),
    ];

    /// <summary>Values that are fine for some parameters and must at least never break one.</summary>
    private static readonly string[] Others = ["1", "2147483647", "%E6%B6%88%E9%98%B2", "basic", "%3Cscript%3E", "'%20OR%201=1--"];

    [Fact]
    public async Task NoBadQueryValueGivesA5xxAndAnInvalidOneGives400()
    {
        var anonymous = app.CreateClient();
        var admin = await app.SignedInClientAsync(Roles.Admin);
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        var clock = Stopwatch.StartNew();

        var cases = (from route in Routes
                     from parameter in route.Reads
                     from value in NotPositiveIntegers.Concat(Others).Concat([$"1&{parameter}=abc", $"1&{parameter}=2"])
                     select (route, parameter, value))
            .Concat(from route in Routes
                    from parameter in Elsewhere.Except(route.Reads)
                    from value in new[] { "abc", "-1", "%00", new string('x', 3000) }
                    select (route, parameter, value));
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
        {
            var (route, parameter, value) = c;
            var url = route.Url + (route.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter + "=" + value;
            using var response = await (route.Admin ? admin : anonymous).GetAsync(new Uri(url, UriKind.Relative), ct);
            Interlocked.Increment(ref requests);
            var status = (int)response.StatusCode;
            var invalid = (route.Numbers.Contains(parameter) && (NotPositiveIntegers.Contains(value) || value.EndsWith("=abc", StringComparison.Ordinal)))
                || (parameter != "q" && value.Contains("%00", StringComparison.Ordinal));
            if (status >= 500)
            {
                failures.Add($"{url[..Math.Min(url.Length, 120)]} → {status}");
            }
            else if (invalid && status != 400)
            {
                failures.Add($"{url[..Math.Min(url.Length, 120)]} → {status}, expected 400");
            }
            else if (status == 400)
            {
                var body = await response.Content.ReadAsStringAsync(ct);
                var isPage = !route.Url.StartsWith("/api/", StringComparison.Ordinal) && !route.Url.Contains("/export.", StringComparison.Ordinal)
                    && route.Url is not ("/healthz" or "/openapi/v1.json");
                var media = response.Content.Headers.ContentType?.MediaType;
                if (isPage ? media != "text/html" || !body.Contains("请求参数无效", StringComparison.Ordinal) : media != "application/problem+json")
                {
                    failures.Add($"{url[..Math.Min(url.Length, 120)]} → 400 as {media}: {body[..Math.Min(body.Length, 200)]}");
                }
            }
        });

        output.WriteLine($"{requests} requests in {clock.Elapsed.TotalSeconds:F1} s, {failures.Count} failures");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal).Take(60)));
    }

    [Theory]
    [InlineData("/townships/1?page=abc", "page")]
    [InlineData("/townships/1?revision=1.5", "revision")]
    [InlineData("/townships/1?Revision=x", "Revision")]
    [InlineData("/stats?township=99999999999", "township")]
    [InlineData("/search?q=%E6%B6%88%E9%98%B2&page=-1", "page")]
    public async Task APageNamesTheBadParameterIn400(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"{parameter} 应为正整数", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/search?q=%E6%B6%88%00%E9%98%B2")]
    [InlineData("/api/townships/1/duties?q=%00%01%1F")]
    [InlineData("/search/export.csv?q=%00")]
    public async Task ControlCharactersInSearchWordsSeparateWords(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
