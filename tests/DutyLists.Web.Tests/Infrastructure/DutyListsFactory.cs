using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>
/// The app with its own temporary SQLite file, importing the seed documents (or another folder) on first run.
/// </summary>
public class DutyListsFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dutylists-tests", Guid.NewGuid().ToString("N"));

    public DutyListsFactory()
        : this(RepositoryFolders.SeedData)
    {
    }

    public DutyListsFactory(string seedDataPath)
    {
        Directory.CreateDirectory(_folder);
        SeedDataPath = seedDataPath;
        DatabaseFile = Path.Combine(_folder, "test.db");
    }

    public string SeedDataPath { get; }

    /// <summary>
    /// The host environment; browser tests use Development, as <c>dotnet run</c> does, because only there are the
    /// compressed static assets of a build (not a publish) served with their content.
    /// </summary>
    public string Environment { get; init; } = "Testing";

    public string DatabaseFile { get; }

    /// <summary>Further configuration, e.g. <c>DutyLists:RequireLoginToBrowse</c>.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>A scratch folder removed with the factory.</summary>
    public string TempFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:DutyLists", new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        builder.UseSetting("DutyLists:SeedDataPath", SeedDataPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temporary folder behind.
            }
        }
    }
}

/// <summary>One app with the seed documents imported, shared by the tests of a class.</summary>
public sealed class SeededApp : DutyListsFactory;
