namespace DutyLists.Benchmarks;

/// <summary>Finds the repository (the folder holding DutyLists.sln) by walking up from the benchmark's own folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DutyLists.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No DutyLists.sln at or above {AppContext.BaseDirectory}.");
        }
    }

    public static string SeedData => Path.Combine(Root, "seed-data");
}
