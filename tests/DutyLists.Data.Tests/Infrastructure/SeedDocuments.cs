using DutyLists.Import;
using DutyLists.Import.Model;

namespace DutyLists.Data.Tests.Infrastructure;

/// <summary>The repository's seed documents, each parsed once per test run.</summary>
public static class SeedDocuments
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Dictionary<string, ParsedList> Parsed = [];

    public static string Folder => Path.Combine(Root.Value, "seed-data");

    /// <summary>The seed document numbered <paramref name="number"/> (000…004), parsed as the importer reads it.</summary>
    public static ParsedList Read(string number)
    {
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(number, out var list))
            {
                var path = Directory.EnumerateFiles(Folder, number + "_*.txt").Single();
                Parsed[number] = list = DutyListReader.CreateDefault().ReadFile(path);
            }

            return list;
        }
    }

    public static string PathOf(string number) => Directory.EnumerateFiles(Folder, number + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DutyLists.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DutyLists.sln not found above " + AppContext.BaseDirectory);
    }
}
