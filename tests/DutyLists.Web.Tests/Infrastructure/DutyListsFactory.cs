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

    /// <summary>The database's name when the tests run against PostgreSQL.</summary>
    public string PostgresDatabase { get; } = "dutylists_test_" + Guid.NewGuid().ToString("N");

    /// <summary>Another factory whose database this app uses too, as a second start of the same deployment would; that one drops it.</summary>
    public DutyListsFactory? SharedWith { get; init; }

    /// <summary>Further configuration, e.g. <c>DutyLists:RequireLoginToBrowse</c>.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Changes to the app's services, made after its own registrations.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ExtraServices { get; init; }

    /// <summary>A scratch folder removed with the factory.</summary>
    public string TempFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (TestDatabase.PostgresServer is not null)
        {
            builder.UseSetting("DutyLists:Database", "Postgres");
            builder.UseSetting("ConnectionStrings:DutyLists", TestDatabase.PostgresConnection((SharedWith ?? this).PostgresDatabase));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:DutyLists", new SqliteConnectionStringBuilder { DataSource = (SharedWith ?? this).DatabaseFile, Pooling = false }.ToString());
        }

        builder.UseSetting("DutyLists:SeedDataPath", SeedDataPath);
        if (ExtraServices is not null)
        {
            builder.ConfigureServices(ExtraServices);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && TestDatabase.PostgresServer is not null && SharedWith is null)
        {
            TestDatabase.DropPostgres(PostgresDatabase);
        }

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
