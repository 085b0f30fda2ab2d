using System.Text;
using System.Text.RegularExpressions;
using Bunit;
using DutyLists.Web.Components.Pages.Admin;
using DutyLists.Web.Importing;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using ImportPage = DutyLists.Web.Components.Pages.Admin.Import;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Documents to upload, staged through the import flow or chosen on the import page.</summary>
public static partial class Uploads
{
    public static string Seed004 => File.ReadAllText(Directory.GetFiles(RepositoryFolders.SeedData, "004_*.txt").Single());

    /// <summary>004 with basic duty 5 deleted and the basic duties after it renumbered, as a revised list would be.</summary>
    public static string Seed004WithoutBasicItem5()
    {
        var lines = Seed004.Split('\n');
        var output = new List<string>();
        var inBasic = false;
        foreach (var line in lines)
        {
            if (!line.Contains('\t', StringComparison.Ordinal) && line.Contains("履职事项清单", StringComparison.Ordinal))
            {
                inBasic = line.Contains("基本履职事项清单", StringComparison.Ordinal);
            }

            var row = NumberedRow().Match(line);
            if (inBasic && row.Success)
            {
                var number = int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (number == 5)
                {
                    continue;
                }

                if (number > 5)
                {
                    output.Add($"{number - 1}\t{row.Groups[2].Value}");
                    continue;
                }
            }

            output.Add(line);
        }

        return string.Join('\n', output);
    }

    /// <summary>Stages a document as the import page does (checked, parsed, previewed), without the page.</summary>
    public static async Task<UploadResult> StageAsync(this DutyListsFactory app, string fileName, byte[] content, bool newTownship = false)
    {
        using var stream = new MemoryStream(content);
        return await app.Services.GetRequiredService<ImportFlow>()
            .UploadAsync(new UploadRequest(fileName, content.Length) { NewTownship = newTownship }, stream, "admin");
    }

    public static Task<UploadResult> StageAsync(this DutyListsFactory app, string fileName, string text, bool newTownship = false) =>
        app.StageAsync(fileName, Encoding.UTF8.GetBytes(text), newTownship);

    /// <summary>The staged upload's preview page address.</summary>
    public static string PreviewUrl(this UploadResult result) =>
        $"/admin/import/{result.StagedId ?? throw new InvalidOperationException("refused: " + result.Error)}";

    /// <summary>
    /// Chooses the file on the import page (with the new-township box ticked if asked), presses 上传并预览 and waits
    /// until the page either moves on to the preview or shows a refusal.
    /// </summary>
    public static IRenderedComponent<ImportPage> UploadOnPage(this AdminPages pages, string fileName, byte[] content, bool newTownship = false, bool replaceAllLists = false)
    {
        var page = pages.Render<ImportPage>();
        if (newTownship)
        {
            page.Find("[data-testid=new-township] input[type=checkbox]").Change(true);
        }

        if (replaceAllLists)
        {
            page.Find("[data-testid=replace-all-lists] input[type=checkbox]").Change(true);
        }

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName));
        if (page.FindAll("[data-testid=import-error]").Count == 0)
        {
            page.Find("[data-testid=upload-and-preview]").Click();
        }

        page.WaitForAssertion(
            () => Assert.True(pages.Address.StartsWith("/admin/import/", StringComparison.Ordinal) || page.FindAll("[data-testid=import-error]").Count > 0),
            AdminPages.Patience);
        return page;
    }

    public static IRenderedComponent<ImportPage> UploadOnPage(this AdminPages pages, string fileName, string text, bool newTownship = false) =>
        pages.UploadOnPage(fileName, Encoding.UTF8.GetBytes(text), newTownship);

    /// <summary>The preview page of the upload the import page just staged, loaded.</summary>
    public static IRenderedComponent<ImportPreview> PreviewOnPage(this AdminPages pages, Guid id)
    {
        var page = pages.Render<ImportPreview>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")), AdminPages.Patience);
        return page;
    }

    /// <summary>The id of the staged upload the address names.</summary>
    public static Guid StagedId(this AdminPages pages) => Guid.Parse(pages.Address["/admin/import/".Length..]);

    [GeneratedRegex(@"^(\d+)\t(.*)$")]
    private static partial Regex NumberedRow();
}
