using DutyLists.Import.Model;

namespace DutyLists.Web.Commands;

/// <summary>The parsed arguments of the <c>import</c> command.</summary>
public sealed record ImportArguments(string File, bool DryRun, bool Json, bool NewTownship, DocumentMetadata? Metadata)
{
    /// <summary>
    /// <c>--replace-all-lists</c>: a list the document does not carry becomes empty. Without it such a list is carried
    /// over unchanged, so that a file holding one list revises only that list.
    /// </summary>
    public bool ReplaceAllLists { get; init; }

    public static bool TryParse(string[] args, out ImportArguments arguments, out string error)
    {
        arguments = new ImportArguments("", false, false, false, null);
        string? file = null;
        bool dryRun = false, json = false, newTownship = false, replaceAllLists = false;
        var metadata = new DocumentMetadata { Source = PlaceSource.CommandLine };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--json": json = true; break;
                case "--new-township": newTownship = true; break;
                case "--replace-all-lists": replaceAllLists = true; break;
                case "--county" or "--prefecture" or "--region" or "--township" when i + 1 < args.Length:
                    var value = args[++i].Trim();
                    metadata = args[i - 1] switch
                    {
                        "--county" => metadata with { County = value },
                        "--prefecture" => metadata with { Prefecture = value },
                        "--region" => metadata with { Region = value },
                        _ => metadata with { Township = value },
                    };
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error = $"未知或缺少取值的选项：{option}";
                    return false;
                default:
                    if (file is not null)
                    {
                        error = "一次只能导入一个文件。";
                        return false;
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            error = "缺少要导入的文件。";
            return false;
        }

        error = "";
        arguments = new ImportArguments(file, dryRun, json, newTownship, metadata == new DocumentMetadata { Source = PlaceSource.CommandLine } ? null : metadata) { ReplaceAllLists = replaceAllLists };
        return true;
    }
}
