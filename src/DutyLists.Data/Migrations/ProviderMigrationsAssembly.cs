using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DutyLists.Data.Migrations;

/// <summary>
/// The migrations of a context for the provider in use. Migrations are provider-specific (column types, identity,
/// the search index's SQL), so each context keeps one set per provider in its own assembly, in the namespaces
/// <c>….Migrations.Sqlite</c> and <c>….Migrations.Postgres</c>. EF Core's own lookup takes every migration of the
/// context in the assembly; this one takes those of the provider's namespace only (decision 0010).
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator) : IMigrationsAssembly
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _namespaceSuffix = ".Migrations." + FolderFor(currentContext.Context.Database.ProviderName);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotFound;

    /// <summary>The folder and namespace suffix of a provider's migrations.</summary>
    public static string FolderFor(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        _ => throw new InvalidOperationException($"No migrations are kept for the database provider {providerName}."),
    };

    public Assembly Assembly => _contextType.Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Find();

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotFound)
            {
                var type = Ours().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotFound = true;
            }

            return _snapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        idGenerator.IsValidId(nameOrId)
            ? string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedList<string, TypeInfo> Find()
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in Ours().Where(t => t.IsSubclassOf(typeof(Migration))))
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                found.Add(attribute.Id, type);
            }
        }

        return found;
    }

    /// <summary>The concrete types of the assembly that belong to this context and this provider.</summary>
    private IEnumerable<TypeInfo> Ours() => Assembly.DefinedTypes.Where(t =>
        t is { IsAbstract: false, IsGenericTypeDefinition: false }
        && t.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
}
