namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Locates the repository's folders from the test's output directory.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

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
