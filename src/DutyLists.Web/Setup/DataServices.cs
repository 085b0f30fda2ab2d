using DutyLists.Data;
using DutyLists.Data.Aliases;
using DutyLists.Data.Auditing;
using DutyLists.Data.Comparison;
using DutyLists.Data.Exports;
using DutyLists.Data.History;
using DutyLists.Data.Importing;
using DutyLists.Data.Migrations;
using DutyLists.Data.Queries;
using DutyLists.Data.Revisions;
using DutyLists.Data.Search;
using DutyLists.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Setup;

/// <summary>Registers the database, the importer and the queries.</summary>
public static class DataServices
{
    public const string ConnectionStringName = "DutyLists";

    /// <summary>
    /// <c>DutyLists:Database</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) with <c>ConnectionStrings:DutyLists</c>;
    /// without a connection string, SQLite in a file in the repository's data folder.
    /// </summary>
    public static DatabaseSettings ResolveDatabase(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration[$"{DutyListsOptions.Section}:Database"];
        var provider = string.IsNullOrWhiteSpace(providerName) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException($"DutyLists:Database must be Sqlite or Postgres, not '{providerName}'.");
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("DutyLists:Database=Postgres needs ConnectionStrings:DutyLists, e.g. Host=db;Database=dutylists;Username=dutylists;Password=….");
            }

            connectionString = new SqliteConnectionStringBuilder { DataSource = AppPaths.DefaultDatabaseFile(contentRoot) }.ToString();
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureFolderFor(connectionString);
        }

        return new DatabaseSettings(provider, connectionString);
    }

    public static IServiceCollection AddDutyListsData(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddDbContextFactory<DutyListsDbContext>(o => database.Apply(o));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(DutyListReader.CreateDefault());
        services.AddSingleton<RevisionImporter>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<RevisionHistory>();
        services.AddSingleton<DutyCorrections>();
        services.AddSingleton<FlaggedDuties>();
        services.AddSingleton<DepartmentAliases>();
        services.AddSingleton<DutySnapshotLoader>();
        services.AddSingleton<RevisionComparison>();
        services.AddSingleton<ImportPreviewer>();
        services.AddSingleton<StagedImports>();
        services.AddSingleton<FirstRunImport>();
        services.AddSingleton<TownshipQueries>();
        services.AddSingleton<DutyQueries>();
        services.AddSingleton<DepartmentQueries>();
        services.AddSingleton<CurrentDuties>();
        services.AddSingleton<DutySearch>();
        services.AddSingleton<SearchSuggestions>();
        services.AddSingleton<DutyExport>();
        services.AddSingleton<TownshipComparison>();
        services.AddSingleton<StatisticsQueries>();
        return services;
    }

    /// <summary>
    /// Brings the schema up to date with the migrations (a database of the release before them is taken under them in
    /// place) and, on an empty database, imports the seed documents.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await SchemaMigrations.MigrateAsync(db, app.Logger);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while an import writes; in WAL mode synchronous=NORMAL is still crash-safe.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            }
        }

        var options = app.Configuration.GetSection(DutyListsOptions.Section).Get<DutyListsOptions>() ?? new DutyListsOptions();
        var seedPath = options.SeedDataPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : AppPaths.DefaultSeedData(app.Environment.ContentRootPath);
        await Accounts.AccountServices.EnsureAccountsSchemaAsync(app.Services);
        await app.Services.GetRequiredService<FirstRunImport>().RunAsync(seedPath);

        // After the first-run import, so that a new database's search index is built in one pass over all its duties.
        await using var search = await factory.CreateDbContextAsync();
        await TextSearch.EnsureIndexAsync(search);
    }

    private static void EnsureFolderFor(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
