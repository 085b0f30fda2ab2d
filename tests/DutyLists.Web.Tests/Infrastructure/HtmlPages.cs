using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Fetches pages and parses them with AngleSharp.</summary>
public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetPage(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>The number in "共 N 项".</summary>
    public static int ResultCount(this IDocument page)
    {
        var text = page.QuerySelector("[data-testid=result-count]")?.TextContent.Trim() ?? throw new InvalidOperationException("no result count");
        return int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<IElement> DutyRows(this IDocument page) => [.. page.QuerySelectorAll("tr[data-duty-id]")];

    /// <summary>The href of the facet link for a value.</summary>
    public static string FacetLink(this IDocument page, string facet, string label) =>
        page.QuerySelectorAll($"a[data-facet={facet}]").Single(a => a.QuerySelector(".facet-label")!.TextContent == label).GetAttribute("href")!;

    public static int FacetCount(this IDocument page, string facet, string label) =>
        int.Parse(page.QuerySelectorAll($"a[data-facet={facet}]").Single(a => a.QuerySelector(".facet-label")!.TextContent == label)
            .QuerySelector(".facet-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
