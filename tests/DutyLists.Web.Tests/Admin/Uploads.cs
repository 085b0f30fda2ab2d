using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Documents to upload, and the upload form posted as a browser posts it.</summary>
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

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var token = await SignIn.TokenAsync(client, "/admin/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("upload"), "_handler" },
        };
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload.File", fileName);
        return await client.PostAsync(new Uri("/admin/import", UriKind.Relative), form);
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, string text, Dictionary<string, string>? fields = null) =>
        client.UploadAsync(fileName, Encoding.UTF8.GetBytes(text), fields);

    [GeneratedRegex(@"^(\d+)\t(.*)$")]
    private static partial Regex NumberedRow();
}
