namespace DutyLists.Web.Setup;

/// <summary>
/// Default locations of the database and the seed documents. <c>dotnet run</c> may start from the repository root
/// or the project folder, so the repository root is found by walking up to the folder that holds <c>seed-data/</c>.
/// </summary>
public static class AppPaths
{
    public const string SeedFolderName = "seed-data";

    /// <summary>The nearest folder at or above <paramref name="start"/> that contains <c>seed-data/</c>, or <paramref name="start"/> itself.</summary>
    public static string Root(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, SeedFolderName)))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    public static string DefaultSeedData(string contentRoot) => Path.Combine(Root(contentRoot), SeedFolderName);

    public static string DefaultDatabaseFile(string contentRoot) => Path.Combine(Root(contentRoot), "data", "dutylists.db");
}
