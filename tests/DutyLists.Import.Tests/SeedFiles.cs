using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests;

/// <summary>The documents in the repository's <c>seed-data/</c> folder, read once per test run.</summary>
public static class SeedFiles
{
    public const string File000 = "000_f5af6753a9603a24.txt";
    public const string File001 = "001_fbeaa40a37d35728.txt";
    public const string File003 = "003_5b382267ef9e6b6d.txt";
    public const string File004 = "004_8225977eeb55b18a.txt";

    private static readonly Lazy<string> Folder = new(FindFolder);
    private static readonly Dictionary<string, ParsedList> Cache = [];
    private static readonly Lock Gate = new();

    public static string PathOf(string file) => Path.Combine(Folder.Value, file);

    public static string[] Lines(string file) => File.ReadAllText(PathOf(file)).Split('\n');

    /// <summary>A seed document parsed by the table-text parser, through the reader (so with its metadata file).</summary>
    public static ParsedList Parsed(string file)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(file, out var list))
            {
                list = new DutyListReader([new TableTextParser()]).ReadFile(PathOf(file));
                Cache[file] = list;
            }

            return list;
        }
    }

    public static IReadOnlyList<ParsedDuty> Duties(string file, DutyKind kind) => [.. Parsed(file).Duties.Where(d => d.Kind == kind)];

    public static ParsedDuty Duty(string file, DutyKind kind, int number) => Duties(file, kind).Single(d => d.Number == number);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"seed-data/ not found above {AppContext.BaseDirectory}");
    }
}
