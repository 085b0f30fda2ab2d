using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

public sealed class EncodingTests
{
    [Fact]
    public async Task ScriptInADocumentIsShownAsTextNeverRun()
    {
        using var scratch = new DutyListsFactory();
        var seed = Path.Combine(scratch.TempFolder, "seed");
        Directory.CreateDirectory(seed);
        var source = Directory.EnumerateFiles(RepositoryFolders.SeedData, "004_*.txt").Single();
        var lines = (await File.ReadAllTextAsync(source)).Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("1\t党的建设\t", StringComparison.Ordinal));
        lines[first] = "1\t党的建设\t<script>alert('x')</script>学习宣传";
        await File.WriteAllTextAsync(Path.Combine(seed, "004.txt"), string.Join('\n', lines));

        using var app = new DutyListsFactory(seed);
        var client = app.CreateClient();
        var home = await client.GetPage("/");
        var url = home.QuerySelector("tr[data-township-id] a")!.GetAttribute("href")! + "?kind=basic";
        var list = await client.GetPage(url);
        var response = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Empty(list.QuerySelectorAll("main script"));
        Assert.Contains("&lt;script&gt;", response, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>学习宣传", list.DutyRows()[0].TextContent, StringComparison.Ordinal);
    }
}
